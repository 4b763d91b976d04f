package com.soundforge.library.imports;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The file name a URL points at, used for the title when the file has no tags. */
final class UrlFileNames {

    private UrlFileNames() {}

    static String of(String url) {
        try {
            String path = URI.create(url.trim()).getRawPath();
            if (path != null) {
                String last = path.substring(path.lastIndexOf('/') + 1);
                if (!last.isBlank()) {
                    return URLDecoder.decode(last, StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException ignored) {
            // fall through to the generic name
        }
        return "download";
    }
}
