package com.soundforge.analysis.engine.tempo;

import java.util.ArrayList;
import java.util.List;

/**
 * The onset strength of each STFT frame, in third-octave bands from 30 Hz to 11 kHz: the rise of the log band energy
 * over {@value #LAG_FRAMES} frames summed over all bands ({@link #onset()}), and the rise of the linear band magnitude
 * summed over the low bands (kick, below 150 Hz: {@link #low()}) and the mid bands (snare, 150 Hz – 5 kHz:
 * {@link #mid()}). The linear sums keep loud drums loud, where the log one equalises them with quiet hats.
 * Stateful: {@link #measure} the frames in order, then read the three sums of the last one.
 */
public final class BandFlux {

    private static final double LOWEST_HZ = 30;
    private static final double HIGHEST_HZ = 11000;
    /** The bands stop below this share of the sample rate (under the Nyquist frequency). */
    private static final double TOP_SHARE_OF_RATE = 0.45;
    /** Bands centred below this are kick bands. */
    private static final double LOW_HZ = 150;
    /** Bands starting at or above this are neither kick nor snare bands. */
    private static final double HIGH_HZ = 5000;

    private static final int LOW_BAND = 0;
    private static final int MID_BAND = 1;
    private static final int HIGH_BAND = 2;
    /**
     * Edges of the timbre groups ({@link #timbre()}): five broad regions where kick, snare body, snare crack,
     * claps and hats tend to differ whatever the instrument, without naming which is which.
     */
    private static final double[] TIMBRE_EDGES_HZ = {120, 400, 1500, 5000};

    public static final int TIMBRE_GROUPS = TIMBRE_EDGES_HZ.length + 1;
    /** The flux compares a frame with the one this many frames before it. */
    private static final int LAG_FRAMES = 2;
    /** Keeps the log energy of a silent band finite. */
    private static final double LOG_FLOOR = 1e-9;

    private final int[] bandLo;
    private final int[] bandHi;
    private final int[] bandGroup;
    private final int[] bandTimbre;
    private final float[] timbre = new float[TIMBRE_GROUPS];
    private final float[][] previousLog;
    private final float[][] previousMagnitude;
    private int previousAt;
    private int frameCount;
    private float onset;
    private float low;
    private float mid;

    /** Bands for power spectra of {@code windowSize}-point STFT frames of a signal at {@code rateHz}. */
    public BandFlux(double rateHz, int windowSize) {
        double top = Math.min(HIGHEST_HZ, TOP_SHARE_OF_RATE * rateHz);
        List<int[]> bands = new ArrayList<>();
        double f = LOWEST_HZ;
        int lastHi = -1;
        while (f < top) {
            double g = f * Math.pow(2, 1 / 3.0);
            int lo = Math.max(1, (int) Math.round(f * windowSize / rateHz));
            int hi = (int) Math.round(Math.min(g, top) * windowSize / rateHz);
            lo = Math.max(lo, lastHi);
            if (hi > lo) {
                double centre = Math.sqrt(f * g);
                int group = centre < LOW_HZ ? LOW_BAND : f >= HIGH_HZ ? HIGH_BAND : MID_BAND;
                int timbreGroup = 0;
                while (timbreGroup < TIMBRE_EDGES_HZ.length && centre >= TIMBRE_EDGES_HZ[timbreGroup]) {
                    timbreGroup++;
                }
                bands.add(new int[] {lo, hi, group, timbreGroup});
                lastHi = hi;
            }
            f = g;
        }
        bandLo = new int[bands.size()];
        bandHi = new int[bands.size()];
        bandGroup = new int[bands.size()];
        bandTimbre = new int[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            bandLo[b] = bands.get(b)[0];
            bandHi[b] = bands.get(b)[1];
            bandGroup[b] = bands.get(b)[2];
            bandTimbre[b] = bands.get(b)[3];
        }
        previousLog = new float[LAG_FRAMES][bands.size()];
        previousMagnitude = new float[LAG_FRAMES][bands.size()];
    }

    /** Measures the next frame's power spectrum; the first {@value #LAG_FRAMES} frames measure zero. */
    public void measure(float[] power) {
        float[] old = previousLog[previousAt];
        float[] oldLinear = previousMagnitude[previousAt];
        boolean ready = frameCount >= LAG_FRAMES;
        float sumAll = 0;
        float sumLow = 0;
        float sumMid = 0;
        java.util.Arrays.fill(timbre, 0);
        for (int b = 0; b < bandLo.length; b++) {
            float e = 0;
            for (int k = bandLo[b]; k < bandHi[b]; k++) {
                e += power[k];
            }
            float v = (float) Math.log(LOG_FLOOR + e);
            float magnitude = (float) Math.sqrt(e);
            if (ready) {
                if (v > old[b]) {
                    sumAll += v - old[b];
                }
                if (magnitude > oldLinear[b]) {
                    timbre[bandTimbre[b]] += magnitude - oldLinear[b];
                    if (bandGroup[b] == LOW_BAND) {
                        sumLow += magnitude - oldLinear[b];
                    } else if (bandGroup[b] == MID_BAND) {
                        sumMid += magnitude - oldLinear[b];
                    }
                }
            }
            old[b] = v;
            oldLinear[b] = magnitude;
        }
        previousAt = (previousAt + 1) % LAG_FRAMES;
        onset = sumAll;
        low = sumLow;
        mid = sumMid;
        frameCount++;
    }

    /** The last frame's rise of log energy over all bands. */
    public float onset() {
        return onset;
    }

    /** The last frame's rise of magnitude in the kick bands. */
    public float low() {
        return low;
    }

    /** The last frame's rise of magnitude in the snare bands. */
    public float mid() {
        return mid;
    }

    /** The last frame's rise of magnitude in each timbre group, low to high (the array is reused). */
    public float[] timbre() {
        return timbre;
    }
}
