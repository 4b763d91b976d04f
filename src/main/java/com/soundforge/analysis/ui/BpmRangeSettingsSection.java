package com.soundforge.analysis.ui;

import com.soundforge.analysis.AnalysisPreferences;
import com.soundforge.analysis.ReanalysisBoard;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.security.SettingsSection;
import java.util.UUID;

/** Puts the BPM range preference on the settings page. */
@org.springframework.stereotype.Component
class BpmRangeSettingsSection implements SettingsSection {

    private final AnalysisPreferences preferences;
    private final ReanalysisBoard board;
    private final Broadcaster broadcaster;

    BpmRangeSettingsSection(AnalysisPreferences preferences, ReanalysisBoard board, Broadcaster broadcaster) {
        this.preferences = preferences;
        this.board = board;
        this.broadcaster = broadcaster;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public com.vaadin.flow.component.Component create(UUID userId) {
        return new BpmRangeSettings(preferences, board, broadcaster, userId);
    }
}
