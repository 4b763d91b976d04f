package com.soundforge.separation.engine;

import java.util.Arrays;

/**
 * How steady each bin's frequency is over about 0.2 s: sung partials wander, most instrument partials hold still, and
 * a drum hit has no steady frequency at all.
 */
final class FrequencySteadiness {

    /** Frames on each side of a bin over which the steadiness of its frequency is measured (about 0.2 s). */
    static final int STEADY_FRAMES = 4;
    /** Spread of a partial's frequency, in bins, below which it counts as steady. */
    static final float STEADY_SPREAD = 0.15f;

    private FrequencySteadiness() {}

    /**
     * Steadiness of each bin's instantaneous frequency: the frame-to-frame phase advance of the channel sum,
     * less the bin centre's, gives the frequency offset of the partial that dominates the bin; its standard
     * deviation over about 0.2 s is near 0 for a steady partial and a large fraction of a bin for a sung one
     * (vibrato, scoops, drift). {@code steady = exp(-(sd/STEADY_SPREAD)²)}, the spread measured as the circular
     * variance of the phase advances (no arc tangents), each weighted by the bin's amplitude over its two frames so
     * that quiet frames between notes do not blur a loud partial. Uses {@code harmonic} and {@code percussive} as
     * scratch.
     */
    static void compute(Spectra s, Parallel parallel) {
        parallel.forRange(s.frames, (from, to) -> {
            for (int t = from; t < to; t++) {
                phaseAdvances(s, t);
            }
        });
        steadiness(s, parallel);
    }

    /**
     * Frame {@code t}'s phase advance over the previous frame of each bin's channel sum, less the bin centre's own
     * advance, as a phasor of the two frames' geometric mean amplitude, into {@code harmonic} (real) and
     * {@code percussive} (imaginary); zero for frame 0.
     */
    private static void phaseAdvances(Spectra s, int t) {
        int bins = s.bins;
        float[] zr = s.harmonic;
        float[] zi = s.percussive;
        int channels = s.channels;
        int row = t * bins;
        if (t == 0) {
            Arrays.fill(zr, row, row + bins, 0f);
            Arrays.fill(zi, row, row + bins, 0f);
            return;
        }
        int prev = row - bins;
        for (int k = 0; k < bins; k++) {
            float ar = 0, ai = 0, br = 0, bi = 0;
            for (int c = 0; c < channels; c++) {
                ar += s.re[c][row + k];
                ai += s.im[c][row + k];
                br += s.re[c][prev + k];
                bi += s.im[c][prev + k];
            }
            float pr = ar * br + ai * bi;
            float pi = ai * br - ar * bi;
            // unit phasor times sqrt(|a||b|), the geometric mean amplitude of the two frames
            float norm = (float) (1 / Math.sqrt(Math.sqrt((double) pr * pr + (double) pi * pi) + 1e-20));
            pr *= norm;
            pi *= norm;
            // the hop is a quarter of the FFT size, so bin k's own phase advance is k quarter turns:
            // multiply by (-i)^k, the conjugate of the bin's own advance
            float qr, qi;
            switch (k & 3) {
                case 0 -> {
                    qr = pr;
                    qi = pi;
                }
                case 1 -> {
                    qr = pi;
                    qi = -pr;
                }
                case 2 -> {
                    qr = -pr;
                    qi = -pi;
                }
                default -> {
                    qr = -pi;
                    qi = pr;
                }
            }
            zr[row + k] = qr;
            zi[row + k] = qi;
        }
    }

    /** The steadiness of each bin from the phase advances of the frames around it. */
    private static void steadiness(Spectra s, Parallel parallel) {
        int bins = s.bins;
        int frames = s.frames;
        float[] zr = s.harmonic;
        float[] zi = s.percussive;
        // wrapped-normal phase variance -ln R² (R = weighted mean resultant length of the advances), in bins² of
        // frequency times (2/π)²; steady = exp(-variance / spread²) = (R²)^scale
        float scale = (float) (4 / (Math.PI * Math.PI) / (STEADY_SPREAD * STEADY_SPREAD));
        parallel.forRange(frames, (from, to) -> {
            float[] sumR = new float[bins];
            float[] sumI = new float[bins];
            float[] sumWeight = new float[bins];
            for (int t = from; t < to; t++) {
                Arrays.fill(sumR, 0f);
                Arrays.fill(sumI, 0f);
                Arrays.fill(sumWeight, 0f);
                int lo = Math.max(1, t - STEADY_FRAMES);
                int hi = Math.min(frames - 1, t + STEADY_FRAMES);
                for (int u = lo; u <= hi; u++) {
                    for (int k = 0, i = u * bins; k < bins; k++, i++) {
                        sumR[k] += zr[i];
                        sumI[k] += zi[i];
                        sumWeight[k] += (float) Math.sqrt(zr[i] * zr[i] + zi[i] * zi[i]);
                    }
                }
                int row = t * bins;
                for (int k = 0; k < bins; k++) {
                    float r2 = (sumR[k] * sumR[k] + sumI[k] * sumI[k]) / (sumWeight[k] * sumWeight[k] + 1e-30f);
                    s.steady[row + k] = r2 <= 0 ? 0 : (float) Math.exp(scale * Math.log(Math.min(1f, r2)));
                }
            }
        });
    }
}
