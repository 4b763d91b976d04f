package com.soundforge.audio;

import org.jspecify.annotations.Nullable;

/**
 * Descriptive tags of a track, without control characters whichever source they came from (see {@link TagText}).
 *
 * @param title  never null: the title tag, or else derived from the file name
 * @param artist null when unknown
 * @param album  null when unknown
 */
public record Tags(
        String title, @Nullable String artist, @Nullable String album) {

    private static final String UNTITLED = "Untitled";

    public Tags {
        String cleanedTitle = TagText.clean(title);
        title = cleanedTitle == null && title != null ? UNTITLED : cleanedTitle;
        artist = TagText.clean(artist);
        album = TagText.clean(album);
    }
}
