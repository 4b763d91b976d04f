package com.soundforge.daw.model;

import org.jspecify.annotations.Nullable;

/** A project's own properties (everything but its tracks, clips and markers). */
public record ProjectSettings(
        String name,
        double bpm,
        Meter meter,
        int sampleRate,
        double masterDb,
        @Nullable LoopRegion loop,
        boolean loopOn) {

    public static final double DEFAULT_BPM = 120;
    public static final int DEFAULT_SAMPLE_RATE = 48_000;

    public static ProjectSettings defaults() {
        return new ProjectSettings("Untitled", DEFAULT_BPM, Meter.FOUR_FOUR, DEFAULT_SAMPLE_RATE, 0, null, false);
    }
}
