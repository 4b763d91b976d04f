package com.soundforge.daw.ui;

import com.soundforge.daw.ProjectRole;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The editor beside its side column ({@code daw-side}): the library to drop sources from, and the exports. */
final class EditorWorkspace extends HorizontalLayout {

    private final Div side;
    private final ExportArea exportArea;

    EditorWorkspace(DawEditor editor, DawLibraryPanel libraryPanel, ExportArea exportArea) {
        this.exportArea = exportArea;
        side = new Div(libraryPanel, exportArea);
        side.setId("daw-side");
        side.getStyle()
                .set("flex", "0 0 300px")
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-m)")
                .set("min-height", "0");
        add(editor, side);
        setSizeFull();
        setFlexGrow(1, editor);
        editor.getStyle().set("min-width", "0");
    }

    ExportArea exportArea() {
        return exportArea;
    }

    /** The side column is for those who edit; its exports for the owner alone. */
    void showRole(ProjectRole role) {
        exportArea.setVisible(role == ProjectRole.OWNER);
        side.setVisible(role.canEdit());
    }
}
