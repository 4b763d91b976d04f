package com.soundforge.audio;

/**
 * Descriptive tags of a track.
 *
 * @param title  never null: the title tag, or else derived from the file name
 * @param artist null when unknown
 * @param album  null when unknown
 */
public record Tags(String title, String artist, String album) {
}
