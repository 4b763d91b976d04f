package com.soundforge.security.ui;

import com.soundforge.security.ApiKey;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.CreatedApiKey;
import com.soundforge.security.CurrentUser;
import com.soundforge.security.SettingsSection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The user's settings: their personal API keys (REST API and channel socket), then the features' sections. */
@Route("settings")
@Menu(title = "Settings", order = 90)
@PageTitle("Settings · Sound Forge Alchemy")
@PermitAll
public class SettingsView extends VerticalLayout {

    private final transient ApiKeyService keys;
    private final UUID ownerId;
    final TextField name = new TextField("Key name");
    final Button create = new Button("Create key");
    final Paragraph error = new Paragraph();
    final NewApiKeyPanel newKey = new NewApiKeyPanel();
    final ApiKeyGrid grid;

    public SettingsView(ApiKeyService keys, CurrentUser currentUser, List<SettingsSection> sections) {
        this.keys = keys;
        this.ownerId = currentUser.require().id();
        this.grid = new ApiKeyGrid(this::confirmRevoke);
        name.setId("api-key-name");
        name.setPlaceholder("e.g. laptop CLI");
        name.setMaxLength(100);
        create.setId("create-api-key");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create());
        error.setId("api-key-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2("Settings"),
                new H3("API keys"),
                new Paragraph("API keys let programs act as you: the REST API "
                        + "(Authorization: Bearer <key>) and the live channel socket (/socket, parameter token)."),
                form,
                error,
                newKey,
                grid);
        sections.stream()
                .sorted(Comparator.comparingInt(SettingsSection::order))
                .forEach(section -> add(section.create(ownerId)));
        refresh();
    }

    private void create() {
        try {
            CreatedApiKey created = keys.create(ownerId, name.getValue());
            error.setText("");
            name.clear();
            newKey.show(created.apiKey().name(), created.rawKey());
            refresh();
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
    }

    private void confirmRevoke(ApiKey key) {
        ConfirmDialog dialog = new ConfirmDialog(
                "Revoke “" + key.name() + "”?",
                "Programs using this key lose access at once. This cannot be undone.",
                "Revoke",
                e -> revoke(key));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-revoke");
        dialog.open();
    }

    private void revoke(ApiKey key) {
        keys.revoke(ownerId, key.id());
        refresh();
    }

    private void refresh() {
        grid.setItems(keys.list(ownerId));
    }
}
