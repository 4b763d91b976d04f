package com.soundforge.analysis.engine.tempo;

/**
 * The onsets of each timbre group ({@link BandFlux#timbre()}), each conditioned like the other envelopes (detrended,
 * unit deviation), so that the mix of groups an onset has, its sound, counts whatever each group's level.
 */
public record Timbre(float[][] groups) {

    /** Conditions the raw group envelopes (into new arrays). */
    public static Timbre of(float[][] raw, double frameRate) {
        float[][] groups = new float[raw.length][];
        for (int g = 0; g < raw.length; g++) {
            groups[g] = Envelopes.conditioned(raw[g], frameRate);
        }
        return new Timbre(groups);
    }
}
