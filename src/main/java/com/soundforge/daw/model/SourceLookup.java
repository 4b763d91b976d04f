package com.soundforge.daw.model;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Finds what a clip may play: a library track (or one of its stems) that the project's owner may use. */
public interface SourceLookup {

    /** The source's facts, or empty when it does not exist or is not the owner's. */
    Optional<SourceFacts> find(UUID ownerId, UUID trackId, @Nullable String stem);

    /** A source's duration (s), analysed tempo and first beat (or null), and the track's title for clip names. */
    record SourceFacts(
            double duration, @Nullable Double bpm, @Nullable Double firstBeat, String title) {}
}
