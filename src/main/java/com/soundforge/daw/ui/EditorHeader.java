package com.soundforge.daw.ui;

import com.soundforge.daw.ProjectRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The editor page's header: back to the list, "View only" for a viewer, and Share… for the owner. */
class EditorHeader extends HorizontalLayout {

    final Span viewOnly = new Span("View only");
    final Button share = new Button("Share…");

    EditorHeader(Runnable onShare) {
        setId("daw-editor-header");
        setWidthFull();
        setPadding(false);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s) 0");
        Anchor back = new Anchor("daw", "← DAW projects");
        viewOnly.setId("daw-view-only");
        viewOnly.getElement().getThemeList().add("badge contrast");
        viewOnly.setTitle("The owner shared this project with you to view: you can play it but not change it.");
        share.setId("daw-share");
        share.addThemeVariants(ButtonVariant.SMALL);
        share.addClickListener(e -> onShare.run());
        Span gap = new Span();
        add(back, gap, viewOnly, share);
        setFlexGrow(1, gap);
    }

    void showRole(ProjectRole role) {
        viewOnly.setVisible(role == ProjectRole.VIEWER);
        share.setVisible(role == ProjectRole.OWNER);
    }
}
