package com.soundforge.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a just-created key once, with a copy button and the warning that it will not be shown again. */
class NewApiKeyPanel extends Div {

    final TextField key = new TextField("Your new API key");
    final Paragraph warning = new Paragraph();

    NewApiKeyPanel() {
        setId("new-api-key-panel");
        key.setId("new-api-key");
        key.setReadOnly(true);
        key.setWidth("40em");
        key.getElement().setAttribute("autocomplete", "off");
        Button copy = new Button(
                "Copy",
                VaadinIcon.COPY.create(),
                e -> key.getElement()
                        .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", key.getValue()));
        copy.setId("copy-api-key");
        copy.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout row = new HorizontalLayout(key, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        warning.getStyle().set("color", "var(--lumo-error-text-color)");
        add(row, warning);
        setVisible(false);
    }

    void show(String name, String rawKey) {
        key.setValue(rawKey);
        warning.setText("Copy the key for “" + name + "” now: SFA keeps only a fingerprint of it and will not show it"
                + " again. Anyone with the key acts as you; revoke it below if it leaks.");
        setVisible(true);
    }
}
