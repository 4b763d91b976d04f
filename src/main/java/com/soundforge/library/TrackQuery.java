package com.soundforge.library;

/** One page of a user's tracks: a free-text filter over title, artist and album, a sort, and the window. */
public record TrackQuery(String search, TrackSort sort, boolean ascending, int offset, int limit) {

    public static TrackQuery all(String search) {
        return new TrackQuery(search, TrackSort.ADDED, false, 0, Integer.MAX_VALUE);
    }
}
