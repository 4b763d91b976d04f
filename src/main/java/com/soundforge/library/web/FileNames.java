package com.soundforge.library.web;

/** Download file names that every file system and browser accepts. */
final class FileNames {

    private FileNames() {}

    static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() ? "track" : cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }
}
