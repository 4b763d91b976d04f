package com.soundforge.separation;

import java.util.List;
import java.util.Locale;

/** A kind of stem, addressable with its track id; {@link #wire()} is its name in URLs, files and the database. */
public enum StemType {
    VOCALS,
    DRUMS,
    BASS,
    OTHER,
    INSTRUMENTAL;

    public static final List<StemType> FOUR = List.of(VOCALS, DRUMS, BASS, OTHER);
    public static final List<StemType> TWO = List.of(VOCALS, INSTRUMENTAL);

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The stem called {@code wire}, or empty for an unknown name. */
    public static java.util.Optional<StemType> fromWire(String wire) {
        for (StemType type : values()) {
            if (type.wire().equals(wire)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
