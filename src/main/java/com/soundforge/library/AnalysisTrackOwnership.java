package com.soundforge.library;

import com.soundforge.analysis.TrackOwnership;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Lets the analysis module check a track's owner the way every reader of the library does. */
@Component
class AnalysisTrackOwnership implements TrackOwnership {

    private final LibraryService library;

    AnalysisTrackOwnership(LibraryService library) {
        this.library = library;
    }

    @Override
    public void check(UUID ownerId, UUID trackId) {
        library.get(ownerId, trackId);
    }
}
