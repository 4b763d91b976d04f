package com.soundforge.daw.ui;

import com.soundforge.daw.ProjectSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Picks where a track goes in the DAW: a new project (no selection) or one of the user's projects. */
class OpenInDawDialog extends Dialog {

    final Select<ProjectSummary> project = new Select<>();
    final Button open = new Button("Open");

    OpenInDawDialog(List<ProjectSummary> projects, Consumer<@Nullable ProjectSummary> onOpen) {
        setHeaderTitle("Open in DAW");
        setId("daw-open-in-dialog");
        project.setId("daw-open-in-project");
        project.setLabel("Project");
        project.setItems(projects);
        project.setItemLabelGenerator(p -> p == null ? "A new project" : p.name());
        project.setEmptySelectionAllowed(true);
        project.setEmptySelectionCaption("A new project");
        project.setWidth("22em");
        open.setId("daw-open-in-confirm");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickListener(e -> {
            close();
            onOpen.accept(project.getValue());
        });
        add(project);
        getFooter().add(new Button("Cancel", e -> close()), open);
    }
}
