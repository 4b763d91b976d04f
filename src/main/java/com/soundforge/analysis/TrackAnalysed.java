package com.soundforge.analysis;

import java.util.UUID;

/**
 * Published after a track's analysis is stored: the values the library shows in its list. Null values were not
 * determined. {@code bpm} is the effective tempo: the owner's edited one when {@code bpmEdited}, which a new
 * analysis does not replace.
 */
public record TrackAnalysed(UUID trackId, Double bpm, MusicalKey key, Double integratedLufs, boolean bpmEdited) {

    public TrackAnalysed(UUID trackId, Double bpm, MusicalKey key, Double integratedLufs) {
        this(trackId, bpm, key, integratedLufs, false);
    }
}
