package com.soundforge.analysis;

import java.util.UUID;

/**
 * Published after the owner edited a track's beat grid or reset it to the analysed one: its effective BPM (null
 * when the track has no tempo) and where that comes from. The library lists it; DJ decks with the track follow.
 */
public record TrackTempoEdited(UUID trackId, UUID ownerId, Double bpm, BpmSource source) {}
