package com.soundforge.analysis.engine.tempo;

import java.util.Arrays;

/**
 * A beat grid moved by octaves into a DJ's BPM range when no tracked level lies inside it: doubling puts a beat
 * halfway between each two (and half a beat after the last), halving keeps every other beat from {@code phase}.
 */
public final class OctaveFold {

    private OctaveFold() {}

    /** The grid with twice as many beats. */
    public static double[] doubled(double[] beats) {
        if (beats.length < 2) {
            return beats.clone();
        }
        double[] out = new double[beats.length * 2 - 1];
        for (int i = 0; i < beats.length; i++) {
            out[2 * i] = beats[i];
            if (i + 1 < beats.length) {
                out[2 * i + 1] = (beats[i] + beats[i + 1]) / 2;
            }
        }
        return out;
    }

    /** Every other beat, starting with beat {@code phase} (0 or 1). */
    public static double[] halved(double[] beats, int phase) {
        return java.util.stream.IntStream.range(0, beats.length)
                .filter(i -> i % 2 == phase)
                .mapToDouble(i -> beats[i])
                .toArray();
    }

    /**
     * The grid moved by {@code octaves} (+ doubles, − halves); halving keeps the beats of the same parity as the
     * first downbeat, so every downbeat stays a beat.
     */
    public static double[] fold(double[] beats, double[] downbeats, int octaves) {
        double[] out = Arrays.copyOf(beats, beats.length);
        for (int i = 0; i < octaves; i++) {
            out = doubled(out);
        }
        for (int i = 0; i > octaves; i--) {
            int first = downbeats.length == 0 ? 0 : Math.max(0, Arrays.binarySearch(out, downbeats[0]));
            out = halved(out, first % 2);
        }
        return out;
    }
}
