package com.soundforge.daw.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an operation changes: the project's own settings, or one of its tracks, clips or markers. */
public enum ObjectKind {
    PROJECT,
    TRACK,
    CLIP,
    MARKER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ObjectKind> fromWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(wire)).findFirst();
    }
}
