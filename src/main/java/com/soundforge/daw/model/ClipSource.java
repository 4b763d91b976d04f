package com.soundforge.daw.model;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a clip plays: a library track's own audio ({@code stem} null) or one of its stems, with the facts about it
 * the server filled in when the clip was added: its duration in seconds, and its analysed tempo and first beat.
 */
public record ClipSource(
        UUID trackId,
        @Nullable String stem,
        double duration,
        @Nullable Double bpm,
        @Nullable Double firstBeat) {

    /** The name of the stream the media endpoints serve for this source: the stem, or "mix" for the track's audio. */
    public String streamName() {
        return stem == null ? "mix" : stem;
    }
}
