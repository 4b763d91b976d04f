package com.soundforge.daw.export;

/** Names that are safe as file names on every system and in a Content-Disposition header. */
final class FileNames {

    private static final int MAX_LENGTH = 120;

    private FileNames() {}

    static String safe(String name) {
        String cleaned = name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            cleaned = "Untitled";
        }
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }
}
