package com.soundforge.analysis.engine.tempo;

import com.soundforge.analysis.engine.Dsp;

/** One metrical-level hypothesis (a beat period and its tracked beats) and its drum-pattern evidence. */
public final class Candidate {

    /** Kick and snare are looked for within this many envelope frames of a beat (about ±20 ms). */
    static final int DRUM_WINDOW_FRAMES = 3;
    /** Fewer beats give no drum-pattern evidence. */
    private static final int MIN_BEATS = 4;

    final double lag;
    final double bpm;
    /** Tracked beats, in envelope frames. */
    final double[] beats;
    /** The onset autocorrelation at {@link #lag}. */
    double salience;
    /** How well the envelope repeats after 4 and 8 of these beats (normalised autocorrelation). */
    double bar;
    /**
     * How much better the snare band repeats after two of these beats than after one: high at the beat level of
     * a backbeat (snare on 2 and 4), near zero at double tempo (where two beats are one) and at half tempo.
     */
    double backbeat;
    /** > 0: the points between the beats are stronger (the real beat is faster). */
    double between;
    /** > 0: one parity of beats carries kick and snare, the other neither (the real beat is slower). */
    double offbeat;

    double score;

    Candidate(double lag, double bpm, double[] beats) {
        this.lag = lag;
        this.bpm = bpm;
        this.beats = beats;
    }

    /** The beat period in envelope frames. */
    public double lag() {
        return lag;
    }

    public double bpm() {
        return bpm;
    }

    /** The tracked beats, in envelope frames. */
    public double[] beats() {
        return beats;
    }

    /**
     * Drum-pattern evidence that these beats are the beat level: points between the beats stronger than the
     * beats count against it (the real beat is faster), and kick and snare on alternating beats rather than on
     * the same parity count for it (−offbeat). Beats stronger than the points between them are no evidence
     * either way: that holds at the beat level and at every faster level, whose in-between points are ever
     * weaker subdivisions, so rewarding it pulled simple grooves to double tempo.
     */
    double pattern() {
        return -Math.max(0, between) - offbeat;
    }

    /** Measures {@link #between} and {@link #offbeat} of the beats in the kick and snare envelopes. */
    void measure(float[] lowEnv, float[] midEnv) {
        int n = beats.length;
        if (n < MIN_BEATS) {
            return;
        }
        double onLow = 0;
        double onMid = 0;
        double offLow = 0;
        double offMid = 0;
        double[] parityLow = new double[2];
        double[] parityMid = new double[2];
        int[] parityCount = new int[2];
        int w = DRUM_WINDOW_FRAMES;
        for (int i = 0; i < n; i++) {
            int c = (int) Math.round(beats[i]);
            double l = Dsp.maxAround(lowEnv, c, w);
            double m = Dsp.maxAround(midEnv, c, w);
            onLow += l;
            onMid += m;
            parityLow[i % 2] += l;
            parityMid[i % 2] += m;
            parityCount[i % 2]++;
            if (i + 1 < n) {
                int h = (int) Math.round((beats[i] + beats[i + 1]) / 2);
                offLow += Dsp.maxAround(lowEnv, h, w);
                offMid += Dsp.maxAround(midEnv, h, w);
            }
        }
        onLow /= n;
        onMid /= n;
        offLow /= n - 1;
        offMid /= n - 1;
        between = Math.max(contrast(offLow, onLow), contrast(offMid, onMid));
        offbeat = parityContrast(parityLow, parityMid, parityCount);
    }

    /**
     * How much one parity of beats carries both kick and snare over the other: the smaller of the two contrasts,
     * signed so that the kick's is positive.
     */
    private static double parityContrast(double[] parityLow, double[] parityMid, int[] parityCount) {
        double l0 = parityLow[0] / parityCount[0];
        double l1 = parityLow[1] / parityCount[1];
        double m0 = parityMid[0] / parityCount[0];
        double m1 = parityMid[1] / parityCount[1];
        double dl = contrast(l0, l1);
        double dm = contrast(m0, m1);
        if (dl < 0) {
            dl = -dl;
            dm = -dm;
        }
        return Math.min(dl, dm);
    }

    private static double contrast(double a, double b) {
        return a + b > 0 ? (a - b) / (a + b) : 0;
    }

    @Override
    public String toString() {
        return String.format(
                "%.2f BPM sal=%.3f bar=%.3f between=%.3f offbeat=%.3f score=%.3f backbeat=%.3f",
                bpm, salience, bar, between, offbeat, score, backbeat);
    }
}
