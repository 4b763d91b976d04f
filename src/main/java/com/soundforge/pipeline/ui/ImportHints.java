package com.soundforge.pipeline.ui;

/** Tells the user up front which kinds of links this server cannot import, and why. */
final class ImportHints {

    private ImportHints() {}

    static String of(boolean pageLinks, boolean spotifyLinks) {
        if (!pageLinks) {
            return "Page links (YouTube, SoundCloud, Bandcamp) and Spotify links need yt-dlp and ffmpeg on the "
                    + "server, which are not installed here (apt-get install yt-dlp ffmpeg).";
        }
        if (!spotifyLinks) {
            return "Spotify links need Spotify Web API credentials on the server (sfa.spotify.client-id and "
                    + "sfa.spotify.client-secret).";
        }
        return null;
    }
}
