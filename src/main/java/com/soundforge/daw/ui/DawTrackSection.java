package com.soundforge.daw.ui;

import com.soundforge.daw.DawService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.security.CurrentUser;
import com.soundforge.separation.SeparationService;
import com.soundforge.ui.TrackSection;
import java.util.UUID;

/** Puts the ways into the DAW on the track page, right below the player. */
@org.springframework.stereotype.Component
class DawTrackSection implements TrackSection {

    private final DawService daw;
    private final SeparationService separation;
    private final Broadcaster broadcaster;
    private final CurrentUser currentUser;

    DawTrackSection(DawService daw, SeparationService separation, Broadcaster broadcaster, CurrentUser currentUser) {
        this.daw = daw;
        this.separation = separation;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public com.vaadin.flow.component.Component create(UUID ownerId, UUID trackId) {
        return new DawTrackActions(daw, separation, broadcaster, currentUser.require(), trackId);
    }
}
