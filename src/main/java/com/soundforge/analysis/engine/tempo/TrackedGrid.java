package com.soundforge.analysis.engine.tempo;

import com.soundforge.analysis.engine.Dsp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The beats of a track whose tempo varies: tracked with a local tempo from {@value #WINDOW_SECONDS} s windows, each
 * beat moved to the interpolated envelope peak under it.
 */
final class TrackedGrid {

    /** Looser than the metrical-level tracking, so the beats can follow the local tempo. */
    private static final double TRACKING_TIGHTNESS = 30;

    private static final double WINDOW_SECONDS = 8;
    private static final double STEP_SECONDS = 2;
    /** Local periods are searched from this share of the global one to the next (±30 %)... */
    private static final double SHORTEST_LAG_SHARE = 0.7;

    private static final double LONGEST_LAG_SHARE = 1.3;
    /** ...in an autocorrelation reaching this far. */
    private static final double MAX_LAG_SHARE = 1.35;

    private TrackedGrid() {}

    /** Beats in envelope frames following the local tempo around the global period {@code lag}. */
    static double[] beats(float[] e, double lag, double fr) {
        double[] local = localPeriods(e, lag, fr);
        double[] beats = BeatTracker.track(e, local, TRACKING_TIGHTNESS);
        return refinePeaks(e, beats);
    }

    /** The median interval between the beats, or {@code lag} when there is none. */
    static double period(double[] beats, double lag) {
        double[] ibi = new double[beats.length - 1];
        for (int i = 0; i < ibi.length; i++) {
            ibi[i] = beats[i + 1] - beats[i];
        }
        return ibi.length > 0 ? Dsp.median(ibi) : lag;
    }

    /** Moves each beat to the parabolic peak of the envelope at its frame, when that is within a frame. */
    private static double[] refinePeaks(float[] e, double[] beats) {
        double[] out = beats.clone();
        for (int i = 0; i < beats.length; i++) {
            int c = (int) beats[i];
            if (c > 0 && c < e.length - 1) {
                double d = e[c - 1] - 2 * e[c] + e[c + 1];
                if (d < 0) {
                    double shift = 0.5 * (e[c - 1] - e[c + 1]) / d;
                    if (Math.abs(shift) <= 1) {
                        out[i] = c + shift;
                    }
                }
            }
        }
        return out;
    }

    /** Local beat period per frame: autocorrelation peaks in windows within ±30 % of the global period. */
    private static double[] localPeriods(float[] e, double lag, double fr) {
        int n = e.length;
        List<double[]> points = windowPeriods(e, lag, fr);
        double[] p = new double[n];
        if (points.isEmpty()) {
            Arrays.fill(p, lag);
            return p;
        }
        // median of 3 neighbouring windows, then linear interpolation
        double[] lags = new double[points.size()];
        for (int i = 0; i < lags.length; i++) {
            double[] three = {
                points.get(Math.max(0, i - 1))[1], points.get(i)[1], points.get(Math.min(lags.length - 1, i + 1))[1]
            };
            lags[i] = Dsp.median(three);
        }
        int j = 0;
        for (int i = 0; i < n; i++) {
            while (j + 1 < points.size() && points.get(j + 1)[0] <= i) {
                j++;
            }
            if (j + 1 < points.size() && points.get(j)[0] <= i) {
                double x0 = points.get(j)[0];
                double x1 = points.get(j + 1)[0];
                double f = (i - x0) / (x1 - x0);
                p[i] = lags[j] * (1 - f) + lags[j + 1] * f;
            } else {
                p[i] = i < points.get(0)[0] ? lags[0] : lags[lags.length - 1];
            }
        }
        return p;
    }

    /** The period of each window as {centre frame, period in frames}; the global period where no peak is found. */
    private static List<double[]> windowPeriods(float[] e, double lag, double fr) {
        int n = e.length;
        int window = (int) Math.round(WINDOW_SECONDS * fr);
        int step = (int) Math.round(STEP_SECONDS * fr);
        List<double[]> points = new ArrayList<>();
        for (int start = 0; start + window / 2 < n; start += step) {
            int end = Math.min(n, start + window);
            float[] part = Arrays.copyOfRange(e, start, end);
            int maxLag = (int) Math.ceil(lag * MAX_LAG_SHARE) + 1;
            if (part.length <= maxLag + 2) {
                continue;
            }
            double[] r = Autocorrelation.of(part, maxLag);
            double best = -1;
            double bestLag = lag;
            int longest = Math.min(maxLag - 1, (int) Math.ceil(lag * LONGEST_LAG_SHARE));
            for (int l = (int) Math.floor(lag * SHORTEST_LAG_SHARE); l <= longest; l++) {
                if (l >= Autocorrelation.MIN_PEAK_LAG && r[l] >= r[l - 1] && r[l] >= r[l + 1] && r[l] > best) {
                    best = r[l];
                    bestLag = Autocorrelation.peakLag(r, l);
                }
            }
            points.add(new double[] {(start + end) / 2.0, bestLag});
        }
        return points;
    }
}
