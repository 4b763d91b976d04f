package com.soundforge.analysis.engine.tempo;

import com.soundforge.analysis.engine.Dsp;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The grid of a steady track: a robust straight line through the tracked beats in the right drum phase, each grid
 * beat then refined to the onset envelope's interpolated peak near it and the line refitted, which makes the BPM
 * exact to two decimals and the grid sub-millisecond on long tracks.
 */
final class SteadyGrid {

    private static final int REFINE_ITERATIONS = 3;
    /** A grid beat's peak is looked for within this share of a period. */
    private static final double PEAK_WINDOW_PERIODS = 0.1;
    /** Weaker peaks (in standard deviations of the envelope) do not move the grid. */
    private static final double MIN_PEAK = 1.0;
    /** Peaks further from the refitted line than this many spreads, and at least a frame, are dropped. */
    private static final double OUTLIER_SPREADS = 3;

    private static final double MIN_OUTLIER_FRAMES = 1.0;
    /** A refit that moves the period by more than this share is not trusted. */
    private static final double MAX_PERIOD_CHANGE = 0.05;

    private SteadyGrid() {}

    /**
     * The grid line of a steady track, or null when the tempo varies: the straight-line fit through the tracked
     * beats, or else the line most of them agree with in the right drum phase.
     */
    static @Nullable GridLine line(Candidate chosen, float[] lowEnv, float[] midEnv) {
        GridLine fit = LineFit.fit(chosen.beats, chosen.lag);
        if (fit != null && !fit.isSteady()) {
            fit = LineFit.throughMost(chosen.beats, fit);
            fit = fit == null ? null : drumPhase(fit, lowEnv, midEnv);
        }
        return fit != null && fit.isSteady() ? fit : null;
    }

    /** The grid or the grid shifted by half a beat, whichever carries more kick and snare over the whole track. */
    static GridLine drumPhase(GridLine fit, float[] lowEnv, float[] midEnv) {
        double a = fit.offset();
        double b = fit.period();
        double on = 0;
        double off = 0;
        int w = Candidate.DRUM_WINDOW_FRAMES;
        for (double t = a - b * Math.floor(a / b); t + b / 2 < lowEnv.length; t += b) {
            int c = (int) Math.round(t);
            int h = (int) Math.round(t + b / 2);
            on += Dsp.maxAround(lowEnv, c, w) + Dsp.maxAround(midEnv, c, w);
            off += Dsp.maxAround(lowEnv, h, w) + Dsp.maxAround(midEnv, h, w);
        }
        return off > on ? new GridLine(a + b / 2, b, fit.spread()) : fit;
    }

    /** Moves each grid beat to the interpolated envelope peak near it and refits the line, up to three times. */
    static GridLine refine(float[] e, GridLine fit) {
        double a = fit.offset();
        double b = fit.period();
        for (int iteration = 0; iteration < REFINE_ITERATIONS; iteration++) {
            Peaks peaks = Peaks.near(e, a, b);
            double[] ab = LineFit.leastSquares(peaks.k, peaks.t, peaks.use, peaks.w);
            if (ab == null) {
                break;
            }
            peaks.dropOutliers(ab);
            double[] ab2 = LineFit.leastSquares(peaks.k, peaks.t, peaks.use, peaks.w);
            if (ab2 != null) {
                ab = ab2;
            }
            if (Math.abs(ab[1] - b) > MAX_PERIOD_CHANGE * b) {
                break;
            }
            a = ab[0];
            b = ab[1];
        }
        return new GridLine(a, b, fit.spread());
    }

    /** The grid's beats in frames, from the first at or after {@code latencyFrames} to the last before frame n. */
    static double[] beats(GridLine fit, int n, double latencyFrames) {
        double a = fit.offset();
        double b = fit.period();
        int first = (int) Math.ceil((latencyFrames - a) / b);
        int last = (int) Math.floor((n - 1 - a) / b);
        double[] out = new double[Math.max(0, last - first + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = a + b * (first + i);
        }
        return out;
    }

    /**
     * The envelope peaks near the beats of a grid line: beat number k, peak time t and weight w (the peak's
     * height), used when a peak was found.
     */
    private record Peaks(double[] k, double[] t, double[] w, boolean[] use) {

        static Peaks near(float[] e, double a, double b) {
            int first = (int) Math.ceil(-a / b);
            int last = (int) Math.floor((e.length - 1 - a) / b);
            int count = Math.max(0, last - first + 1);
            Peaks peaks = new Peaks(new double[count], new double[count], new double[count], new boolean[count]);
            int window = Math.max(1, (int) Math.round(PEAK_WINDOW_PERIODS * b));
            for (int i = 0; i < count; i++) {
                peaks.k[i] = first + i;
                double g = a + b * peaks.k[i];
                int c = (int) Math.round(g);
                int best = -1;
                for (int j = Math.max(1, c - window); j <= Math.min(e.length - 2, c + window); j++) {
                    if (e[j] >= e[j - 1] && e[j] > e[j + 1] && (best < 0 || e[j] > e[best])) {
                        best = j;
                    }
                }
                if (best > 0 && e[best] > MIN_PEAK) {
                    double d = e[best - 1] - 2 * e[best] + e[best + 1];
                    peaks.t[i] = d < 0 ? best + 0.5 * (e[best - 1] - e[best + 1]) / d : best;
                    peaks.w[i] = e[best];
                    peaks.use[i] = true;
                }
            }
            return peaks;
        }

        /** Leaves out the peaks far from the line {a, b}: once, by their robust spread. */
        void dropOutliers(double[] ab) {
            double[] res = new double[k.length];
            int m = 0;
            for (int i = 0; i < k.length; i++) {
                if (use[i]) {
                    res[m++] = Math.abs(t[i] - (ab[0] + ab[1] * k[i]));
                }
            }
            double spread = LineFit.MAD_TO_STD * Dsp.median(Arrays.copyOf(res, m));
            for (int i = 0; i < k.length; i++) {
                if (use[i]
                        && Math.abs(t[i] - (ab[0] + ab[1] * k[i]))
                                > Math.max(OUTLIER_SPREADS * spread, MIN_OUTLIER_FRAMES)) {
                    use[i] = false;
                }
            }
        }
    }
}
