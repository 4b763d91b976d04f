package com.soundforge.library.ui;

import com.soundforge.library.StorageQuota;
import com.soundforge.security.SettingsSection;
import java.util.UUID;

/** Puts the user's storage use on the settings page. */
@org.springframework.stereotype.Component
class StorageSettingsSection implements SettingsSection {

    private final StorageQuota quota;

    StorageSettingsSection(StorageQuota quota) {
        this.quota = quota;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public com.vaadin.flow.component.Component create(UUID userId) {
        return new StorageSettings(quota.usage(userId));
    }
}
