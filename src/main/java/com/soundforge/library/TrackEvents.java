package com.soundforge.library;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Publishes library changes on the owner's {@code tracks:{userId}} topic. */
@Component
public final class TrackEvents {

    public static final String CREATED = "track:created";
    public static final String DELETED = "track:deleted";
    /** The track's listed values changed, e.g. after analysis (payload: the {@link Track}). */
    public static final String UPDATED = "track:updated";

    private final Broadcaster broadcaster;

    TrackEvents(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    void created(Track track) {
        broadcaster.publish(Topics.tracks(track.ownerId()), CREATED, track);
    }

    void updated(Track track) {
        broadcaster.publish(Topics.tracks(track.ownerId()), UPDATED, track);
    }

    void deleted(UUID ownerId, UUID trackId) {
        broadcaster.publish(Topics.tracks(ownerId), DELETED, trackId);
    }
}
