package com.soundforge.library.imports;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** Links to pages of streaming sites (not to audio files), which only yt-dlp can turn into audio. */
final class PageUrls {

    private static final Set<String> SITES = Set.of(
            "youtube.com",
            "youtu.be",
            "music.youtube.com",
            "soundcloud.com",
            "bandcamp.com",
            "mixcloud.com",
            "vimeo.com",
            "audiomack.com",
            "hearthis.at");

    private PageUrls() {}

    static boolean isPageUrl(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return SITES.stream().anyMatch(site -> host.equals(site) || host.endsWith("." + site));
    }
}
