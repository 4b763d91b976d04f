package com.soundforge.api;

import java.util.regex.Pattern;

/**
 * The name an uploaded file is stored under: its last path segment, without control characters or invisible
 * direction overrides, and at most {@link #MAX_LENGTH} characters with its extension kept.
 */
final class UploadFileNames {

    static final int MAX_LENGTH = 255;
    private static final Pattern INVISIBLE_RUN =
            Pattern.compile("\\s*[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069][\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\s]*");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,10}$");

    private UploadFileNames() {}

    /** The safe name; null when nothing is left (the library then names the track "Untitled"). */
    static String safe(String name) {
        if (name == null) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String cleaned = INVISIBLE_RUN.matcher(last).replaceAll(" ").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() <= MAX_LENGTH) {
            return cleaned;
        }
        var extension = EXTENSION.matcher(cleaned);
        String suffix = extension.find() ? extension.group() : "";
        String stem = cleaned.substring(0, MAX_LENGTH - suffix.length());
        if (Character.isHighSurrogate(stem.charAt(stem.length() - 1))) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem.strip() + suffix;
    }
}
