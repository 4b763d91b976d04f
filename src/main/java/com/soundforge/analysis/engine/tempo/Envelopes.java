package com.soundforge.analysis.engine.tempo;

import org.jspecify.annotations.Nullable;

/**
 * The three onset envelopes of a track (from {@link BandFlux}), ready for analysis: each with its moving average
 * (±{@value #DETREND_HALF_WINDOW_SECONDS} s) subtracted, rectified and scaled to unit standard deviation.
 *
 * @param onset     log-energy flux over all bands (periodicity, beat tracking, grid)
 * @param low       kick-band flux
 * @param mid       snare-band flux
 * @param frameRate envelope frames per second
 */
public record Envelopes(float[] onset, float[] low, float[] mid, double frameRate) {

    private static final double DETREND_HALF_WINDOW_SECONDS = 0.5;
    /** Below this variance an envelope is flat. */
    private static final double MIN_VARIANCE = 1e-12;

    /** Conditions the raw envelopes (into new arrays); null when the onset envelope is flat (silence). */
    public static @Nullable Envelopes conditioned(float[] onset, float[] low, float[] mid, double frameRate) {
        float[] e = detrend(onset, frameRate);
        float[] lowEnv = detrend(low, frameRate);
        float[] midEnv = detrend(mid, frameRate);
        if (!normalise(e)) {
            return null;
        }
        normalise(lowEnv);
        normalise(midEnv);
        return new Envelopes(e, lowEnv, midEnv, frameRate);
    }

    /** One more envelope (a timbre group's) conditioned like the others; all zeros when it is flat. */
    static float[] conditioned(float[] raw, double frameRate) {
        float[] out = detrend(raw, frameRate);
        if (!normalise(out)) {
            java.util.Arrays.fill(out, 0);
        }
        return out;
    }

    /** Frames in each envelope. */
    int length() {
        return onset.length;
    }

    /** Subtracts a moving average and rectifies. */
    private static float[] detrend(float[] x, double fr) {
        int half = (int) Math.round(fr * DETREND_HALF_WINDOW_SECONDS);
        float[] out = new float[x.length];
        double sum = 0;
        int a = 0;
        int b = 0;
        for (int i = 0; i < x.length; i++) {
            while (b < x.length && b <= i + half) {
                sum += x[b++];
            }
            while (a < i - half) {
                sum -= x[a++];
            }
            double m = sum / (b - a);
            out[i] = (float) Math.max(0, x[i] - m);
        }
        return out;
    }

    /** Scales to unit standard deviation; false if the envelope is flat. */
    private static boolean normalise(float[] x) {
        double s = 0;
        double s2 = 0;
        for (float v : x) {
            s += v;
            s2 += v * v;
        }
        double mean = s / x.length;
        double var = s2 / x.length - mean * mean;
        if (!(var > MIN_VARIANCE)) {
            return false;
        }
        float k = (float) (1 / Math.sqrt(var));
        for (int i = 0; i < x.length; i++) {
            x[i] *= k;
        }
        return true;
    }
}
