package com.soundforge.daw.model;

import java.util.Arrays;
import java.util.Optional;

/** A project's time signature: beats per bar, and the note value of one beat. */
public enum Meter {
    FOUR_FOUR("4/4", 4, 4),
    THREE_FOUR("3/4", 3, 4),
    SIX_EIGHT("6/8", 6, 8);

    private final String wire;
    private final int beatsPerBar;
    private final int beatUnit;

    Meter(String wire, int beatsPerBar, int beatUnit) {
        this.wire = wire;
        this.beatsPerBar = beatsPerBar;
        this.beatUnit = beatUnit;
    }

    public String wire() {
        return wire;
    }

    public int beatsPerBar() {
        return beatsPerBar;
    }

    public int beatUnit() {
        return beatUnit;
    }

    public static Optional<Meter> fromWire(String wire) {
        return Arrays.stream(values()).filter(m -> m.wire.equals(wire)).findFirst();
    }
}
