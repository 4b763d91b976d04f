package com.soundforge.analysis.ui;

import com.soundforge.analysis.AnalysisPreferences;
import com.soundforge.security.SettingsSection;
import java.util.UUID;

/** Puts the BPM range preference on the settings page. */
@org.springframework.stereotype.Component
class BpmRangeSettingsSection implements SettingsSection {

    private final AnalysisPreferences preferences;

    BpmRangeSettingsSection(AnalysisPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public com.vaadin.flow.component.Component create(UUID userId) {
        return new BpmRangeSettings(preferences, userId);
    }
}
