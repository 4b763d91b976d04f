package com.soundforge.analysis.engine.tempo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dynamic-programming beat tracker (Ellis 2007): maximises onset strength at the beats minus
 * {@code tightness * log(interval / period)^2} per interval, with intervals from half to twice the expected period.
 * Beats are frame indices of the onset envelope.
 */
final class BeatTracker {

    private BeatTracker() {}

    /** The best beat sequence through {@code e}; {@code period[i]} is the expected beat period at frame i. */
    static double[] track(float[] e, double[] period, double tightness) {
        int n = e.length;
        double[] score = new double[n];
        int[] back = new int[n];
        scoreForward(e, period, tightness, score, back);
        return backtrack(back, lastBeat(score, period));
    }

    /** Fills each frame's best cumulative score as a beat and the beat before it (-1: none). */
    private static void scoreForward(float[] e, double[] period, double tightness, double[] score, int[] back) {
        double tableFor = Double.NaN;
        double[] penalty = new double[0];
        for (int i = 0; i < e.length; i++) {
            double p = period[i];
            int from = (int) Math.round(i - 2 * p);
            int to = (int) Math.round(i - p / 2);
            if (p != tableFor) {
                penalty = penalties(penalty, p, tightness);
                tableFor = p;
            }
            double best = Double.NEGATIVE_INFINITY;
            int arg = -1;
            for (int j = Math.max(0, from); j <= to; j++) {
                double s = score[j] - penalty[i - j];
                if (s > best) {
                    best = s;
                    arg = j;
                }
            }
            if (arg >= 0 && best > 0) {
                score[i] = e[i] + best;
                back[i] = arg;
            } else {
                score[i] = e[i];
                back[i] = -1;
            }
        }
    }

    /**
     * The penalty by interval length in frames for period {@code p}, in {@code table} when it is long enough;
     * recomputed only when the expected period changes.
     */
    private static double[] penalties(double[] table, double p, double tightness) {
        int maxInterval = (int) Math.round(2 * p) + 2;
        if (table.length < maxInterval + 1) {
            table = new double[maxInterval + 1];
        }
        for (int d = 1; d <= maxInterval; d++) {
            double l = Math.log(d / p);
            table[d] = tightness * l * l;
        }
        return table;
    }

    /** The end of the track: the best-scoring frame within the last period. */
    private static int lastBeat(double[] score, double[] period) {
        int n = score.length;
        int last = n - 1;
        int start = Math.max(0, (int) (n - 1 - period[n - 1]));
        for (int i = start; i < n; i++) {
            if (score[i] > score[last]) {
                last = i;
            }
        }
        return last;
    }

    private static double[] backtrack(int[] back, int last) {
        List<Integer> beats = new ArrayList<>();
        for (int i = last; i >= 0; i = back[i]) {
            beats.add(i);
            if (back[i] < 0) {
                break;
            }
        }
        double[] out = new double[beats.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = beats.get(out.length - 1 - i);
        }
        return out;
    }

    /** The same expected period at each of {@code n} frames. */
    static double[] constant(int n, double lag) {
        double[] p = new double[n];
        Arrays.fill(p, lag);
        return p;
    }

    /** The points half-way between consecutive beats (the other phase of the same period). */
    static double[] midpoints(double[] beats) {
        if (beats.length < 2) {
            return beats;
        }
        double[] m = new double[beats.length - 1];
        for (int i = 0; i < m.length; i++) {
            m[i] = (beats[i] + beats[i + 1]) / 2;
        }
        return m;
    }
}
