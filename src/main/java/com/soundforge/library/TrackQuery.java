package com.soundforge.library;

/**
 * One page of a user's tracks: a free-text filter over title, artist and album, optional analysis filters, a sort
 * and the window.
 *
 * @param minBpm       lowest tempo (inclusive), or null
 * @param maxBpm       highest tempo (inclusive), or null
 * @param harmonicWith a Camelot key like "8A": only tracks that mix harmonically with it (same key, ±1 on the
 *                     wheel, relative key), or null
 */
public record TrackQuery(
        String search,
        Double minBpm,
        Double maxBpm,
        String harmonicWith,
        TrackSort sort,
        boolean ascending,
        int offset,
        int limit) {

    public TrackQuery {
        if (search != null) {
            // PostgreSQL refuses NUL in text, and no title holds a control character
            search = search.replaceAll("\\p{Cc}", "");
        }
        if (harmonicWith != null) {
            harmonicWith = Camelot.normalise(harmonicWith);
        }
    }

    public TrackQuery(String search, TrackSort sort, boolean ascending, int offset, int limit) {
        this(search, null, null, null, sort, ascending, offset, limit);
    }

    public static TrackQuery all(String search) {
        return new TrackQuery(search, TrackSort.ADDED, false, 0, Integer.MAX_VALUE);
    }

    public TrackQuery window(int newOffset, int newLimit) {
        return new TrackQuery(search, minBpm, maxBpm, harmonicWith, sort, ascending, newOffset, newLimit);
    }
}
