package com.soundforge.library.imports.spotify;

import java.util.List;

/** What Spotify's catalogue says about one track. */
public record SpotifyTrack(
        String id, String title, List<String> artists, String album, String isrc, long durationMs, String coverUrl) {

    public String artist() {
        return String.join(", ", artists);
    }

    public String searchQuery() {
        return (artists.isEmpty() ? "" : artists.getFirst() + " - ") + title;
    }
}
