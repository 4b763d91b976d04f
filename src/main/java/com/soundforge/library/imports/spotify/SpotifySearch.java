package com.soundforge.library.imports.spotify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Fills the audio-search template: yt-dlp's {@code ytsearch1:{query}}, or a URL with the query encoded. */
public final class SpotifySearch {

    private SpotifySearch() {}

    public static String url(String template, String query) {
        boolean isUrl = template.startsWith("http://") || template.startsWith("https://");
        return template.replace("{query}", isUrl ? URLEncoder.encode(query, StandardCharsets.UTF_8) : query);
    }
}
