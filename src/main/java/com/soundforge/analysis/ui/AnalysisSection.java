package com.soundforge.analysis.ui;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TempoService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.ui.TrackSection;
import com.vaadin.flow.component.Component;
import java.util.UUID;

/** Puts the analysis panel on the track page. */
@org.springframework.stereotype.Component
class AnalysisSection implements TrackSection {

    private final AnalysisService analysis;
    private final TempoService tempo;
    private final Broadcaster broadcaster;

    AnalysisSection(AnalysisService analysis, TempoService tempo, Broadcaster broadcaster) {
        this.analysis = analysis;
        this.tempo = tempo;
        this.broadcaster = broadcaster;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(UUID ownerId, UUID trackId) {
        return new AnalysisPanel(analysis, tempo, broadcaster, ownerId, trackId);
    }
}
