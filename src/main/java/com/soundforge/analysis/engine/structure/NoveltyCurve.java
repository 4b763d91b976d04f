package com.soundforge.analysis.engine.structure;

import com.soundforge.analysis.FeatureSeries;

/**
 * The structure analyzer's first step: at each display frame, the distance between the mean feature vector
 * (normalised chroma and standardised MFCC 2–13) of the window before and the window after (a checkerboard kernel on
 * the self-similarity matrix, without its cross terms, computed from prefix sums), plus the energy step in units of
 * 6 dB.
 */
public final class NoveltyCurve {

    private static final int CHROMA = 12;
    /** MFCC 2 to 13: the timbre without the overall level (MFCC 1). */
    private static final int TIMBRE = 12;
    /** One novelty unit per this many dB of energy step. */
    private static final int ENERGY_STEP_DB = 6;
    /** An energy step counts at most this many units (18 dB). */
    private static final int MAX_ENERGY_STEPS = 3;

    private NoveltyCurve() {}

    /** @param w the window on each side, in display frames */
    public static double[] compute(FeatureSeries f, float[] energy, int w) {
        int n = f.mfcc().length;
        int dims = CHROMA + TIMBRE;
        double[][] prefix = prefixSums(features(f), energy, dims);
        double[] nov = new double[n];
        for (int i = 1; i < n; i++) {
            int a = Math.max(0, i - w);
            int b = Math.min(n, i + w);
            double dist = 0;
            for (int d = 0; d < dims; d++) {
                double before = (prefix[i][d] - prefix[a][d]) / (i - a);
                double after = (prefix[b][d] - prefix[i][d]) / (b - i);
                dist += (before - after) * (before - after);
            }
            double eb = (prefix[i][dims] - prefix[a][dims]) / (i - a);
            double ea = (prefix[b][dims] - prefix[i][dims]) / (b - i);
            double step = Math.abs(10 * Math.log10((ea + 1e-12) / (eb + 1e-12))) / ENERGY_STEP_DB;
            nov[i] = Math.sqrt(dist) + Math.min(MAX_ENERGY_STEPS, step);
        }
        return nov;
    }

    /** Per frame: the chroma, then MFCC 2–13 standardised over the file and scaled by 1/√12. */
    private static double[][] features(FeatureSeries f) {
        int n = f.mfcc().length;
        double[][] x = new double[n][CHROMA + TIMBRE];
        double[] mean = new double[12];
        double[] sd = new double[12];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 12; c++) {
                mean[c] += f.mfcc()[i][c + 1];
            }
        }
        for (int c = 0; c < 12; c++) {
            mean[c] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 12; c++) {
                double d = f.mfcc()[i][c + 1] - mean[c];
                sd[c] += d * d;
            }
        }
        for (int c = 0; c < 12; c++) {
            sd[c] = Math.sqrt(sd[c] / n) + 1e-9;
        }
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 12; c++) {
                x[i][c] = i < f.chroma().length ? f.chroma()[i][c] : 0;
                x[i][CHROMA + c] = (f.mfcc()[i][c + 1] - mean[c]) / sd[c] / Math.sqrt(12);
            }
        }
        return x;
    }

    /** Running sums of each feature, and (last column) of the energy as power, so window means cost O(1). */
    private static double[][] prefixSums(double[][] x, float[] energy, int dims) {
        int n = x.length;
        double[][] prefix = new double[n + 1][dims + 1];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dims; d++) {
                prefix[i + 1][d] = prefix[i][d] + x[i][d];
            }
            prefix[i + 1][dims] = prefix[i][dims] + Math.pow(10, energy[i] / 10);
        }
        return prefix;
    }
}
