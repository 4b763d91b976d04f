package com.soundforge.audio;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tag text as people read it: RIFF INFO values end in a NUL byte, ID3 separates values with one, and names may
 * carry tabs or escape codes. PostgreSQL refuses NUL in text, and none of them reads well, so each run of control
 * characters becomes one space.
 */
final class TagText {

    private static final Pattern CONTROL_RUN = Pattern.compile("\\s*\\p{Cc}[\\p{Cc}\\s]*");

    private TagText() {}

    /** The cleaned text, stripped; null when nothing readable is left. */
    static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String cleaned = CONTROL_RUN.matcher(value).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
