package com.soundforge.separation.ui;

import com.soundforge.security.SettingsSection;
import com.soundforge.separation.SeparationService;
import java.util.UUID;

/** Puts the separation engine choice on the settings page. */
@org.springframework.stereotype.Component
class SeparationSettingsSection implements SettingsSection {

    private final SeparationService separation;

    SeparationSettingsSection(SeparationService separation) {
        this.separation = separation;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(UUID userId) {
        return new SeparationSettings(separation, userId);
    }
}
