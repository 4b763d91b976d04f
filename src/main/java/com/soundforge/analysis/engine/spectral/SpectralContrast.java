package com.soundforge.analysis.engine.spectral;

/**
 * Spectral contrast as librosa computes it: in {@value #BANDS} octave bands from {@value #FIRST_BAND_TOP_HZ} Hz (the
 * first from 0 Hz, the last to Nyquist), the peak minus the valley (the means of the top and bottom 2 % of the band's
 * power) in dB. No allocation per frame.
 */
public final class SpectralContrast {

    public static final int BANDS = 7;
    private static final double FIRST_BAND_TOP_HZ = 200;
    /** Share of a band's bins averaged for its peak and for its valley. */
    private static final double QUANTILE = 0.02;
    /** Power floor in the ratio (−100 dB). */
    private static final double POWER_FLOOR = 1e-10;

    private final int[] lo = new int[BANDS];
    private final int[] hi = new int[BANDS];
    private final float[] smallest;
    private final float[] largest;

    public SpectralContrast(double rate, int size) {
        int bins = size / 2 + 1;
        smallest = new float[bins];
        largest = new float[bins];
        double bandLo = 0;
        for (int b = 0; b < BANDS; b++) {
            double bandHi = b == BANDS - 1 ? rate / 2 : FIRST_BAND_TOP_HZ * Math.pow(2, b);
            lo[b] = Math.min(bins - 1, (int) Math.round(bandLo * size / rate));
            hi[b] = Math.min(bins, (int) Math.round(bandHi * size / rate) + 1);
            bandLo = bandHi;
        }
    }

    /** Writes each band's contrast to {@code out[offset + band]}. */
    public void compute(float[] power, double[] out, int offset) {
        for (int b = 0; b < BANDS; b++) {
            out[offset + b] = contrast(power, lo[b], hi[b]);
        }
    }

    /** Peak minus valley (mean of the top and bottom 2 % of the band's power), in dB. */
    private double contrast(float[] power, int lo, int hi) {
        int n = hi - lo;
        if (n <= 0) {
            return 0;
        }
        int q = Math.max(1, (int) Math.round(QUANTILE * n));
        if (q == 1) {
            float mn = Float.MAX_VALUE;
            float mx = 0;
            for (int k = lo; k < hi; k++) {
                mn = Math.min(mn, power[k]);
                mx = Math.max(mx, power[k]);
            }
            return 10 * Math.log10((mx + POWER_FLOOR) / (mn + POWER_FLOOR));
        }
        // the q smallest and q largest values by insertion into two short sorted lists (q is small)
        int ns = 0;
        int nl = 0;
        for (int k = lo; k < hi; k++) {
            float v = power[k];
            if (ns < q || v < smallest[ns - 1]) {
                int i = ns < q ? ns++ : ns - 1;
                while (i > 0 && smallest[i - 1] > v) {
                    smallest[i] = smallest[i - 1];
                    i--;
                }
                smallest[i] = v;
            }
            if (nl < q || v > largest[nl - 1]) {
                int i = nl < q ? nl++ : nl - 1;
                while (i > 0 && largest[i - 1] < v) {
                    largest[i] = largest[i - 1];
                    i--;
                }
                largest[i] = v;
            }
        }
        double valley = 0;
        double peak = 0;
        for (int i = 0; i < q; i++) {
            valley += smallest[i];
            peak += largest[i];
        }
        return 10 * Math.log10((peak / q + POWER_FLOOR) / (valley / q + POWER_FLOOR));
    }
}
