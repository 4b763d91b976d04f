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

    /**
     * 0..1: how much consecutive beats alternate two different sounds of similar strength (kick and snare, whatever
     * instruments play them): the difference of the two parities' mean spectral shapes over the timbre groups,
     * times how evenly strong they are. High at the beat level of a backbeat; near zero at half tempo (beats 1 and 3
     * sound alike) and low at double tempo (one parity is the weak off-beats).
     */
    double alternation;

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
        return -MetricalLevel.BAND_CUE_WEIGHT * (Math.max(0, between) + offbeat);
    }

    /**
     * Which of a level's two phases is on the beat: the phase whose beats carry the louder kick or snare onsets
     * ({@link #between}, counted in both directions: one phase's points between the beats are the other's beats),
     * kick and snare on alternating beats rather than the same parity, and the stronger alternation. Within one
     * level the fixed bands compare like with like, so this weighs them fully. Counting only a louder in-between
     * (as {@link #pattern()} does across levels) let an off-beat phase that alternates a hat with a bass note win
     * over beats that carry the kick and the snare.
     */
    double phaseEvidence() {
        return -between - offbeat + MetricalLevel.ALTERNATION_WEIGHT * alternation;
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

    /** Measures {@link #alternation} of the beats over the timbre groups' envelopes. */
    void measureAlternation(Timbre timbre) {
        float[][] groups = timbre.groups();
        int n = beats.length;
        if (n < MIN_BEATS || groups.length == 0) {
            return;
        }
        double[][] parity = new double[2][groups.length];
        for (int i = 0; i < n; i++) {
            int c = (int) Math.round(beats[i]);
            for (int g = 0; g < groups.length; g++) {
                parity[i % 2][g] += Dsp.maxAround(groups[g], c, DRUM_WINDOW_FRAMES);
            }
        }
        double[] strength = new double[2];
        for (int p = 0; p < 2; p++) {
            for (int g = 0; g < groups.length; g++) {
                strength[p] += parity[p][g];
            }
        }
        if (strength[0] <= 0 || strength[1] <= 0) {
            return;
        }
        double shape = 0;
        for (int g = 0; g < groups.length; g++) {
            shape += Math.abs(parity[0][g] / strength[0] - parity[1][g] / strength[1]);
        }
        int even = (n + 1) / 2;
        int odd = n / 2;
        alternation = shape / 2 * (1 - Math.abs(contrast(strength[0] / even, strength[1] / odd)));
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
                "%.2f BPM sal=%.3f bar=%.3f between=%.3f offbeat=%.3f alt=%.3f score=%.3f backbeat=%.3f",
                bpm, salience, bar, between, offbeat, alternation, score, backbeat);
    }
}
