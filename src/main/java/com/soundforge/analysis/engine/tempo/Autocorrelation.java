package com.soundforge.analysis.engine.tempo;

import com.soundforge.analysis.engine.Dsp;

/** Normalised autocorrelation of an envelope, and its peaks at fractional lags (in frames). */
final class Autocorrelation {

    /** Peaks at shorter lags are not looked for: lag 1 borders the trivial maximum r[0] = 1. */
    static final int MIN_PEAK_LAG = 2;
    /** {@link #refinePeak} looks this far below and above the expected lag (±4 %). */
    private static final double PEAK_SEARCH_LOW = 0.96;

    private static final double PEAK_SEARCH_HIGH = 1.04;

    private Autocorrelation() {}

    /** Normalised autocorrelation of the mean-removed envelope, lags 0..maxLag (r[0] = 1). */
    static double[] of(float[] e, int maxLag) {
        int n = e.length;
        maxLag = Math.min(maxLag, n - 1);
        double mean = Dsp.mean(e, 0, n);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (e[i] - mean);
        }
        double[] r = new double[maxLag + 1];
        for (int lag = 0; lag <= maxLag; lag++) {
            double s = 0;
            int m = n - lag;
            for (int i = 0; i < m; i++) {
                s += x[i] * x[i + lag];
            }
            r[lag] = s / m;
        }
        double r0 = r[0];
        for (int lag = 0; lag <= maxLag; lag++) {
            r[lag] /= r0;
        }
        return r;
    }

    /** Normalised autocorrelation of {@code e} at one fractional lag (linear interpolation of the two sides). */
    static double at(float[] e, double lag) {
        int i = (int) lag;
        int n = e.length;
        if (i + 1 >= n / 2) {
            return 0;
        }
        double f = lag - i;
        double mean = Dsp.mean(e, 0, n);
        double energy = 0;
        double a = 0;
        double b = 0;
        for (int t = 0; t < n; t++) {
            double x = e[t] - mean;
            energy += x * x;
            if (t + i + 1 < n) {
                a += x * (e[t + i] - mean);
                b += x * (e[t + i + 1] - mean);
            }
        }
        if (energy <= 0) {
            return 0;
        }
        return ((1 - f) * a / (n - i) + f * b / (n - i - 1)) / (energy / n);
    }

    /** Linear interpolation of {@code r} at a fractional lag (0 beyond its end). */
    static double interpolate(double[] r, double lag) {
        int i = (int) lag;
        if (i + 1 >= r.length) {
            return 0;
        }
        double f = lag - i;
        return r[i] * (1 - f) + r[i + 1] * f;
    }

    /** Parabolic interpolation of a local maximum at integer lag i. */
    static double peakLag(double[] r, int i) {
        double a = r[i - 1];
        double b = r[i];
        double c = r[i + 1];
        double d = a - 2 * b + c;
        return d < 0 ? i + 0.5 * (a - c) / d : i;
    }

    /** The interpolated local maximum of r within ±4 % of lag (lag itself when there is none). */
    static double refinePeak(double[] r, double lag) {
        int lo = Math.max(1, (int) Math.floor(lag * PEAK_SEARCH_LOW));
        int hi = Math.min(r.length - 2, (int) Math.ceil(lag * PEAK_SEARCH_HIGH));
        if (lo > hi) {
            return lag;
        }
        int best = -1;
        for (int i = lo; i <= hi; i++) {
            if (r[i] >= r[i - 1] && r[i] >= r[i + 1] && (best < 0 || r[i] > r[best])) {
                best = i;
            }
        }
        return best < 0 ? lag : peakLag(r, best);
    }
}
