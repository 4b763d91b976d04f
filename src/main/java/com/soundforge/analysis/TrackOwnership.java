package com.soundforge.analysis;

import java.util.UUID;

/**
 * Whether a track belongs to a user, asked by {@link AnalysisService} before it hands out a track's analysis.
 * Tracks belong to the library, which implements this: the analysis module cannot ask the library itself because
 * the library depends on it (its track page shows the analysis).
 */
public interface TrackOwnership {

    /**
     * Returns when the track is the user's; throws the library's not-found exception for a track that does not
     * exist and its access-denied exception for someone else's.
     */
    void check(UUID ownerId, UUID trackId);
}
