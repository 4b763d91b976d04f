package com.soundforge.analysis.engine.structure;

/** Seconds to display frames and back, as the structure steps round them. */
public final class Timeline {

    private Timeline() {}

    /** The display frame nearest {@code t} seconds, clipped to [0, n). */
    public static int frame(double t, double hop, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.round(t / hop)));
    }

    /** A time rounded to the millisecond. */
    static double round3(double t) {
        return Math.round(t * 1000) / 1000.0;
    }
}
