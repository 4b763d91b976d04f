package com.soundforge.separation.engine;

/**
 * Knobs of the separator that trade memory against the share of work spent on context.
 *
 * @param chunkSeconds own length of a chunk (the last one may be up to 1.5 times longer)
 * @param padSeconds   context analysed on each side of a chunk and thrown away
 */
public record SeparatorTuning(double chunkSeconds, double padSeconds) {

    public static SeparatorTuning defaults() {
        return new SeparatorTuning(12, 1.0);
    }
}
