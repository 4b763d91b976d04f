package com.soundforge.security.ui;

import com.soundforge.security.ApiKey;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** The user's API keys with a revoke button on each active one. */
class ApiKeyGrid extends Grid<ApiKey> {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    ApiKeyGrid(Consumer<ApiKey> onRevoke) {
        setId("api-key-grid");
        addThemeVariants(GridVariant.LUMO_NO_BORDER);
        setAllRowsVisible(true);
        addColumn(ApiKey::name).setHeader("Name").setKey("name").setFlexGrow(2);
        addColumn(key -> format(key.createdAt(), "")).setHeader("Created").setKey("created");
        addColumn(key -> format(key.lastUsedAt(), "never"))
                .setHeader("Last used")
                .setKey("lastUsed");
        addColumn(key -> key.isRevoked() ? "revoked " + format(key.revokedAt(), "") : "active")
                .setHeader("Status")
                .setKey("status");
        addComponentColumn(key -> revokeButton(key, onRevoke))
                .setKey("revoke")
                .setFlexGrow(0)
                .setWidth("8em");
    }

    private static Button revokeButton(ApiKey key, Consumer<ApiKey> onRevoke) {
        Button revoke = new Button("Revoke", e -> onRevoke.accept(key));
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        revoke.setAriaLabel("Revoke " + key.name());
        revoke.setVisible(!key.isRevoked());
        return revoke;
    }

    private static String format(Instant time, String absent) {
        return time == null ? absent : TIME.format(time);
    }
}
