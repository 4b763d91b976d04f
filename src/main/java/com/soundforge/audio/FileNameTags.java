package com.soundforge.audio;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Guesses title and artist from a file name like "Artist - Title.mp3". */
final class FileNameTags {

    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    private static final Pattern ARTIST_SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014]\\s+");
    private static final String UNTITLED = "Untitled";

    private FileNameTags() {}

    static Tags parse(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Objects.requireNonNullElse(TagText.clean(name), "");
        String base = EXTENSION.matcher(name).replaceFirst("").strip();
        if (base.isEmpty()) {
            return new Tags(UNTITLED, null, null);
        }
        String[] parts = ARTIST_SEPARATOR.split(base, 2);
        if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
            return new Tags(parts[1].strip(), parts[0].strip(), null);
        }
        return new Tags(base, null, null);
    }
}
