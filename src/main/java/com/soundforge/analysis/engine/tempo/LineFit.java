package com.soundforge.analysis.engine.tempo;

import com.soundforge.analysis.engine.Dsp;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Robust straight lines through tracked beats (in envelope frames). */
final class LineFit {

    /** Scales a median absolute deviation to the standard deviation of normally distributed residuals. */
    static final double MAD_TO_STD = 1.4826;

    private static final int MIN_BEATS = 4;
    private static final int FIT_ITERATIONS = 4;
    /** Beats further from the line than this many spreads are left out of the next fit... */
    private static final double OUTLIER_SPREADS = 3;
    /** ...unless they are within this share of a period. */
    private static final double INLIER_PERIODS = 0.02;
    /** {@link #throughMost} needs this many beats, starts lines from stretches of this many beats... */
    private static final int MIN_BEATS_FOR_MOST = 16;

    private static final int STRETCH_BEATS = 8;
    private static final int MAX_STRETCHES = 64;
    /** ...and accepts a line holding this share of the beats, from the first to the last share of the track. */
    private static final double MOST_SHARE = 0.6;

    private static final double END_SHARE = 0.1;
    private static final int REFIT_ITERATIONS = 3;
    /** Below this determinant the points do not determine a line (all at one x). */
    private static final double SINGULAR = 1e-12;

    private LineFit() {}

    /** Robust line fit beat = offset + period * k through the beats (k assigned by rounding to the period), or null. */
    static @Nullable GridLine fit(double[] beats, double lag) {
        if (beats.length < MIN_BEATS) {
            return null;
        }
        double[] k = new double[beats.length];
        double a = beats[0];
        double b = lag;
        double spread = 0;
        boolean[] use = new boolean[beats.length];
        Arrays.fill(use, true);
        for (int iteration = 0; iteration < FIT_ITERATIONS; iteration++) {
            for (int i = 0; i < beats.length; i++) {
                k[i] = Math.round((beats[i] - a) / b);
            }
            double[] ab = leastSquares(k, beats, use, null);
            if (ab == null) {
                return null;
            }
            a = ab[0];
            b = ab[1];
            double[] res = new double[beats.length];
            for (int i = 0; i < beats.length; i++) {
                res[i] = Math.abs(beats[i] - (a + b * k[i]));
            }
            spread = MAD_TO_STD * Dsp.median(res);
            for (int i = 0; i < beats.length; i++) {
                use[i] = res[i] <= Math.max(OUTLIER_SPREADS * spread, INLIER_PERIODS * b);
            }
        }
        return new GridLine(a, b, spread);
    }

    /**
     * The line through the beats that lie on it or half-way between its points within {@link GridLine#STEADY} of
     * a period, when those are most of the beats (60 %) and reach from the first tenth of the track to the last: a
     * steady grid of which stretches (a drum break, a breakdown) were tracked off it or on its off-beats. Lines are
     * started from up to 64 stretches of 8 beats, so the one the most beats agree with is found whichever phase
     * the first fit took; its phase is left to {@link SteadyGrid#drumPhase}. Null otherwise, e.g. after a tempo
     * change, where a line holds only for a part.
     */
    static @Nullable GridLine throughMost(double[] beats, GridLine fit) {
        int n = beats.length;
        if (n < MIN_BEATS_FOR_MOST) {
            return null;
        }
        double period = fit.period();
        int starts = Math.min(MAX_STRETCHES, n / STRETCH_BEATS);
        Line best = null;
        for (int w = 0; w < starts; w++) {
            int from = (int) ((long) w * (n - STRETCH_BEATS) / Math.max(1, starts - 1));
            double a = 0;
            for (int j = 0; j < STRETCH_BEATS; j++) {
                a += beats[from + j] - j * period;
            }
            Line line = refitOnBeatsNear(beats, a / STRETCH_BEATS, period);
            if (line != null && (best == null || line.held() > best.held())) {
                best = line;
            }
        }
        if (best == null) {
            return null;
        }
        double span = beats[n - 1] - beats[0];
        boolean most = best.held() >= MOST_SHARE * n
                && best.first() - beats[0] <= END_SHARE * span
                && beats[n - 1] - best.last() <= END_SHARE * span;
        return most ? new GridLine(best.a(), best.b(), best.spread()) : null;
    }

    /** A grid line {@code a + b·k} with the spread of the beats it holds, how many, and the first and last. */
    private record Line(double a, double b, double spread, int held, double first, double last) {}

    /**
     * Least-squares line through the beats within {@link GridLine#STEADY} of a period of the line (a, b) or of its
     * half-way points, three times.
     */
    private static @Nullable Line refitOnBeatsNear(double[] beats, double a, double b) {
        int n = beats.length;
        double[] k = new double[n];
        boolean[] use = new boolean[n];
        int held = 0;
        for (int iteration = 0; iteration < REFIT_ITERATIONS; iteration++) {
            held = 0;
            for (int i = 0; i < n; i++) {
                k[i] = Math.round(2 * (beats[i] - a) / b) / 2.0;
                use[i] = Math.abs(beats[i] - (a + b * k[i])) <= GridLine.STEADY * b;
                held += use[i] ? 1 : 0;
            }
            double[] ab = held >= MIN_BEATS ? leastSquares(k, beats, use, null) : null;
            if (ab == null) {
                return null;
            }
            a = ab[0];
            b = ab[1];
        }
        double first = Double.NaN;
        double last = Double.NaN;
        double[] res = new double[held];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (use[i]) {
                first = Double.isNaN(first) ? beats[i] : first;
                last = beats[i];
                res[m++] = Math.abs(beats[i] - (a + b * k[i]));
            }
        }
        return new Line(a, b, MAD_TO_STD * Dsp.median(Arrays.copyOf(res, m)), held, first, last);
    }

    /**
     * Weighted least-squares line y = a + b·x through the used points ({@code w} null: equal weights).
     *
     * @return {a, b}, or null when the points do not determine a line
     */
    static double @Nullable [] leastSquares(double[] x, double[] y, boolean[] use, double @Nullable [] w) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!use[i]) {
                continue;
            }
            double wi = w == null ? 1 : w[i];
            sw += wi;
            sx += wi * x[i];
            sy += wi * y[i];
            sxx += wi * x[i] * x[i];
            sxy += wi * x[i] * y[i];
        }
        double d = sw * sxx - sx * sx;
        if (sw <= 0 || Math.abs(d) < SINGULAR) {
            return null;
        }
        double b = (sw * sxy - sx * sy) / d;
        double a = (sy - b * sx) / sw;
        return new double[] {a, b};
    }
}
