package com.soundforge.dj;

import com.soundforge.analysis.TrackTempoEdited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Decks follow their track's beat grid when its owner edits it (the deck's sync, quantize and loops go by it). */
@Component
class DjTempoFollower {

    private final DjService dj;

    DjTempoFollower(DjService dj) {
        this.dj = dj;
    }

    @EventListener
    void on(TrackTempoEdited edited) {
        dj.retune(
                edited.ownerId(),
                edited.trackId(),
                edited.bpm(),
                edited.bpm() == null ? null : edited.source().wire());
    }
}
