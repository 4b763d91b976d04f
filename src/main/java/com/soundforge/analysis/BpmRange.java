package com.soundforge.analysis;

/**
 * The tempo range a DJ wants BPMs in (rekordbox's 70–140, 88–175…): the analysis picks the metrical level inside it.
 * It spans about an octave at least (rekordbox's 88–175 and 98–195 fall just short of one), so every tempo has a
 * level (×2 or ÷2 of it) inside or next to it.
 */
public record BpmRange(double min, double max) {

    public static final double LOWEST = 30;
    public static final double HIGHEST = 300;
    /** The narrowest span, max ÷ min. */
    public static final double MIN_SPAN = 1.95;

    public BpmRange {
        if (!(min >= LOWEST) || !(max <= HIGHEST) || !(max >= MIN_SPAN * min)) {
            throw new IllegalArgumentException("A BPM range lies within " + (int) LOWEST + "–" + (int) HIGHEST
                    + " and spans about an octave at least (max ≥ 1.95 × min).");
        }
    }

    public boolean contains(double bpm) {
        return bpm >= min && bpm <= max;
    }

    /**
     * How many octaves {@code bpm} must move to be inside (or just below the range, when it falls in the gap of a
     * range narrower than an octave): +1 doubles it, −1 halves it, 0 when inside.
     */
    public int octavesToFold(double bpm) {
        int octaves = 0;
        double b = bpm;
        while (b < min && octaves < 8) {
            b *= 2;
            octaves++;
        }
        while (b > max && octaves > -8) {
            b /= 2;
            octaves--;
        }
        return octaves;
    }
}
