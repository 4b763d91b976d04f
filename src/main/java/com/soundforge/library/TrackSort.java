package com.soundforge.library;

/** Columns the track list can be sorted by. */
public enum TrackSort {
    TITLE,
    ARTIST,
    ALBUM,
    DURATION,
    ADDED,
    BPM,
    KEY,
    LUFS
}
