package com.soundforge.analysis.engine.tempo;

import com.soundforge.analysis.engine.Dsp;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Downbeats in 4/4: the bar phase where kick onsets and harmonic (chroma) changes concentrate and the snare does
 * not.
 */
public final class Downbeats {

    private static final int BEATS_PER_BAR = 4;
    /** With fewer beats the bar phase is 0. */
    private static final int MIN_BEATS = 8;
    /** A harmonic change compares the chroma of this many beats before a beat with as many after it. */
    private static final int CHANGE_SPAN_BEATS = 2;
    /** Fewer chroma frames give no harmonic evidence. */
    private static final int MIN_CHROMA_FRAMES = 5;

    private static final int PITCH_CLASSES = 12;

    private Downbeats() {}

    /** Every {@value #BEATS_PER_BAR}th beat, starting at beat index {@code phase}. */
    public static double[] every(double[] beats, int phase) {
        List<Double> down = new ArrayList<>();
        for (int i = 0; i < beats.length; i++) {
            if (Math.floorMod(i - phase, BEATS_PER_BAR) == 0) {
                down.add(beats[i]);
            }
        }
        return down.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Bar phase 0..3: the beat index (mod 4) of the downbeats, where kick onsets and harmonic (chroma) changes are
     * strongest and the snare weakest.
     *
     * @param beats     beats in envelope frames
     * @param chroma    12-bin chroma frames to find harmonic changes, or null
     * @param chromaHop seconds between chroma frames
     */
    public static int phase(double[] beats, Envelopes envelopes, float @Nullable [][] chroma, double chromaHop) {
        int n = beats.length;
        if (n < MIN_BEATS) {
            return 0;
        }
        double[] kick = new double[n];
        double[] snare = new double[n];
        for (int i = 0; i < n; i++) {
            int c = (int) Math.round(beats[i]);
            kick[i] = Dsp.maxAround(envelopes.low(), c, Candidate.DRUM_WINDOW_FRAMES);
            snare[i] = Dsp.maxAround(envelopes.mid(), c, Candidate.DRUM_WINDOW_FRAMES);
        }
        float[][] usableChroma = chroma != null && chroma.length >= MIN_CHROMA_FRAMES && chromaHop > 0 ? chroma : null;
        boolean haveChroma = usableChroma != null;
        double[] change = usableChroma != null
                ? harmonicChange(beats, usableChroma, chromaHop, envelopes.frameRate())
                : new double[n];
        standardise(kick);
        standardise(snare);
        standardise(change);
        double best = Double.NEGATIVE_INFINITY;
        int phase = 0;
        for (int p = 0; p < BEATS_PER_BAR; p++) {
            double s = 0;
            int count = 0;
            for (int i = p; i < n; i += BEATS_PER_BAR) {
                s += kick[i] - snare[i] + (haveChroma ? change[i] : 0);
                count++;
            }
            s /= Math.max(1, count);
            if (s > best) {
                best = s;
                phase = p;
            }
        }
        return phase;
    }

    /** Per beat: 1 − cosine similarity of the mean chroma before and after it (0 near the ends). */
    private static double[] harmonicChange(double[] beats, float[][] chroma, double chromaHop, double fr) {
        int n = beats.length;
        double[] change = new double[n];
        int span = CHANGE_SPAN_BEATS;
        for (int i = span; i < n - span; i++) {
            double[] before = summedChroma(chroma, chromaHop, beats[i - span] / fr, beats[i] / fr);
            double[] after = summedChroma(chroma, chromaHop, beats[i] / fr, beats[i + span] / fr);
            change[i] = 1 - cosine(before, after);
        }
        return change;
    }

    /** The summed chroma of the frames from {@code from} to {@code to} seconds. */
    private static double[] summedChroma(float[][] chroma, double hop, double from, double to) {
        double[] m = new double[PITCH_CLASSES];
        int a = Math.max(0, (int) Math.floor(from / hop));
        int b = Math.min(chroma.length, (int) Math.ceil(to / hop));
        for (int i = a; i < b; i++) {
            for (int k = 0; k < PITCH_CLASSES; k++) {
                m[k] += chroma[i][k];
            }
        }
        return m;
    }

    private static double cosine(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 1;
    }

    /** Scales to zero mean and unit standard deviation (all zero when constant). */
    private static void standardise(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        s = Math.sqrt(s / x.length);
        for (int i = 0; i < x.length; i++) {
            x[i] = s > 0 ? (x[i] - m) / s : 0;
        }
    }
}
