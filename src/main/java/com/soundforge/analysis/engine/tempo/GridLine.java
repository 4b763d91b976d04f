package com.soundforge.analysis.engine.tempo;

/**
 * A straight beat grid {@code offset + period * k} in envelope frames, with the robust spread of the beats it was
 * fitted to.
 *
 * @param offset the frame of beat 0
 * @param period frames per beat
 * @param spread robust standard deviation of the beats around the line, in frames
 */
record GridLine(double offset, double period, double spread) {

    /** A grid is steady when its beats lie within this share of a period of a straight line. */
    static final double STEADY = 0.04;

    /** Beats scattered around the line by less than {@link #STEADY} of a period. */
    boolean isSteady() {
        return spread < STEADY * period;
    }
}
