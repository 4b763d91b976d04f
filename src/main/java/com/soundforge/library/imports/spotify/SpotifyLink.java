package com.soundforge.library.imports.spotify;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Spotify track or playlist link: open.spotify.com/track/{id} (with or without /intl-xx) or spotify:track:{id}. */
public record SpotifyLink(Kind kind, String id) {

    public enum Kind {
        TRACK,
        PLAYLIST
    }

    private static final Pattern WEB = Pattern.compile(
            "^https?://open\\.spotify\\.com/(?:intl-[a-z]{2}(?:-[A-Za-z]{2})?/)?(track|playlist)/([A-Za-z0-9]{10,40})(?:[/?#].*)?$");
    private static final Pattern URI = Pattern.compile("^spotify:(track|playlist):([A-Za-z0-9]{10,40})$");

    public static Optional<SpotifyLink> parse(String url) {
        String text = url == null ? "" : url.trim();
        Matcher m = WEB.matcher(text);
        if (!m.matches()) {
            m = URI.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(new SpotifyLink(Kind.valueOf(m.group(1).toUpperCase()), m.group(2)));
    }

    public static boolean looksLikeSpotify(String url) {
        String text = url == null ? "" : url.trim().toLowerCase();
        return text.startsWith("spotify:") || text.matches("^https?://(open|play)\\.spotify\\.com/.*");
    }

    /** The form stored as a job's source: {@code spotify:track:{id}}. */
    public String uri() {
        return "spotify:" + kind.name().toLowerCase() + ":" + id;
    }
}
