package com.soundforge.analysis;

import java.util.UUID;

/**
 * Published after a track's analysis is stored: the values the library shows in its list. Null values were not
 * determined.
 */
public record TrackAnalysed(UUID trackId, Double bpm, MusicalKey key, Double integratedLufs) {}
