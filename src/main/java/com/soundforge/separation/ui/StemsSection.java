package com.soundforge.separation.ui;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.separation.SeparationService;
import com.soundforge.ui.TrackSection;
import java.util.UUID;

/** Puts the stems panel on the track page. */
@org.springframework.stereotype.Component
class StemsSection implements TrackSection {

    private final SeparationService separation;
    private final Broadcaster broadcaster;

    StemsSection(SeparationService separation, Broadcaster broadcaster) {
        this.separation = separation;
        this.broadcaster = broadcaster;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public com.vaadin.flow.component.Component create(UUID ownerId, UUID trackId) {
        return new StemsPanel(separation, broadcaster, ownerId, trackId);
    }
}
