package com.soundforge.daw.ui;

import com.soundforge.daw.model.InvalidOperationException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Asks for a project name (1–100 characters); the action may refuse it with a reason shown on the field. */
class ProjectNameDialog extends Dialog {

    static final int MAX_NAME = 100;

    final TextField name = new TextField("Name");
    final Button save;

    ProjectNameDialog(String heading, String action, String initial, Consumer<String> onSave) {
        setHeaderTitle(heading);
        setId("daw-name-dialog");
        name.setId("daw-name");
        name.setValue(initial);
        name.setMaxLength(MAX_NAME);
        name.setRequired(true);
        name.setWidth("22em");
        save = new Button(action, e -> save(onSave));
        save.setId("daw-name-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", e -> close());
        add(name);
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }

    private void save(Consumer<String> onSave) {
        String value = name.getValue().strip();
        if (value.isEmpty() || value.length() > MAX_NAME) {
            refuse("A name has 1 to " + MAX_NAME + " characters.");
            return;
        }
        try {
            onSave.accept(value);
            close();
        } catch (InvalidOperationException e) {
            refuse(e.reason());
        }
    }

    private void refuse(String reason) {
        name.setErrorMessage(reason);
        name.setInvalid(true);
    }
}
