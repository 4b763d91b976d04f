package com.soundforge.library.imports.spotify;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param audioSearch what yt-dlp is asked for to find a Spotify track's audio; {@code {query}} is replaced by
 *                    "artist - title" (URL-encoded when the template is a URL)
 */
@ConfigurationProperties("sfa.spotify")
public record SpotifyProperties(
        String clientId,
        String clientSecret,
        @DefaultValue("https://api.spotify.com") URI apiUrl,
        @DefaultValue("https://accounts.spotify.com") URI accountsUrl,
        @DefaultValue("ytsearch1:{query}") String audioSearch) {

    public boolean hasCredentials() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }
}
