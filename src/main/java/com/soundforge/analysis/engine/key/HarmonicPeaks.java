package com.soundforge.analysis.engine.key;

import java.util.Arrays;

/**
 * The key analyzer's per-frame step: picks the spectral peaks that stand out from their neighbourhood (harmonic
 * partials, not broadband noise), refines their frequency, accumulates the tuning and the share of peaks that
 * persist from the previous frame, and adds them to a frame's 36-slot (third-of-a-semitone) chroma and bass chroma.
 */
public final class HarmonicPeaks {

    /** Pitch-class slots per octave: three per semitone. */
    public static final int CHROMA_SLOTS = 36;

    private static final int SLOTS_PER_SEMITONE = CHROMA_SLOTS / 12;
    /** Half width, in bins, of the neighbourhood whose mean magnitude a peak must stand out from. */
    private static final int LOCAL_MEAN_HALF_WIDTH_BINS = 10;
    /** A frame whose loudest bin is under this magnitude (−100 dBFS) is silence. */
    private static final float SILENT_MAGNITUDE = 1e-5f;
    /** Peaks count only within 40 dB of the frame's loudest bin. */
    private static final float FLOOR_BELOW_MAX = 0.01f;
    /** A peak must be at least this many times (6 dB) the mean magnitude of its neighbourhood. */
    private static final int PEAK_OVER_LOCAL_MEAN = 2;

    private static final int MAX_PEAKS = 1024;
    private static final double LOWEST_NOTE_HZ = 55.0;
    private static final double HIGHEST_NOTE_HZ = 5000;
    private static final double HIGHEST_NOTE_OF_RATE = 0.45;
    private static final double LOWEST_BASS_HZ = 40.0;
    private static final double HIGHEST_BASS_HZ = 200.0;
    /** Frequency ratios a quarter tone below and above ({@code 2^(∓1/24)}). */
    private static final double QUARTER_TONE_DOWN = 0.9715;

    private static final double QUARTER_TONE_UP = 1.0293;
    /** A 5th or 7th partial is dropped only when at least this much (≈ 10 dB) weaker than its fundamental. */
    private static final double PARTIAL_BELOW_NOTE = 3.0;

    private final double rate;
    private final int size;
    private final int kMin;
    private final int kMax;
    private final int kBassMin;
    private final int kBassMax;
    private final float[] magnitude;
    private final double[] peakHz = new double[MAX_PEAKS];
    private final double[] peakLevel = new double[MAX_PEAKS];
    private final double[] peakSlot = new double[MAX_PEAKS];
    private boolean[] peakNow;
    private boolean[] peakBefore;
    private int peaks;
    private double peakMagnitude;
    private double persistentMagnitude;
    private double tuningCos;
    private double tuningSin;

    public HarmonicPeaks(double rate, int size) {
        this.rate = rate;
        this.size = size;
        magnitude = new float[size / 2 + 1];
        peakNow = new boolean[size / 2 + 1];
        peakBefore = new boolean[size / 2 + 1];
        kMin = (int) Math.floor(LOWEST_NOTE_HZ * size / rate);
        kMax = (int)
                Math.min(size / 2 - 2, Math.ceil(Math.min(HIGHEST_NOTE_HZ, HIGHEST_NOTE_OF_RATE * rate) * size / rate));
        kBassMin = Math.max(2, (int) Math.floor(LOWEST_BASS_HZ * size / rate));
        kBassMax = (int) Math.ceil(HIGHEST_BASS_HZ * size / rate);
    }

    /** Adds the peaks of one power spectrum to {@code chroma36} and {@code bass36} (which it zeroes first). */
    public void pick(float[] power, float[] chroma36, float[] bass36) {
        float max = magnitudes(power);
        Arrays.fill(chroma36, 0f);
        Arrays.fill(bass36, 0f);
        peaks = 0;
        if (max > SILENT_MAGNITUDE) {
            findPeaks(max * FLOOR_BELOW_MAX, bass36);
        }
        addToChroma(chroma36);
        boolean[] swap = peakBefore;
        peakBefore = peakNow;
        peakNow = swap;
        Arrays.fill(peakNow, false);
    }

    /** Magnitudes of the bins the peak search reads (its neighbourhoods included, one bin spare); their maximum. */
    private float magnitudes(float[] power) {
        float max = 0;
        int top = Math.max(kMax, kBassMax) + LOCAL_MEAN_HALF_WIDTH_BINS + 1;
        for (int k = 0; k <= Math.min(top, power.length - 1); k++) {
            magnitude[k] = (float) Math.sqrt(power[k]);
            max = Math.max(max, magnitude[k]);
        }
        return max;
    }

    private void findPeaks(float floor, float[] bass36) {
        int from = Math.min(kMin, kBassMin);
        int to = Math.max(kMax, kBassMax);
        double local = 0;
        int a = Math.max(0, from - LOCAL_MEAN_HALF_WIDTH_BINS);
        int b = a;
        for (int k = from; k <= to; k++) {
            while (b <= k + LOCAL_MEAN_HALF_WIDTH_BINS && b < magnitude.length) {
                local += magnitude[b++];
            }
            while (a < k - LOCAL_MEAN_HALF_WIDTH_BINS) {
                local -= magnitude[a++];
            }
            float m = magnitude[k];
            if (m < floor || m <= magnitude[k - 1] || m < magnitude[k + 1]) {
                continue;
            }
            double mean = local / (b - a);
            if (m < PEAK_OVER_LOCAL_MEAN * mean) {
                continue;
            }
            addPeak(k, m, bass36);
        }
    }

    /** Counts peak {@code k} for persistence and tuning, keeps it for the chroma and adds it to the bass chroma. */
    private void addPeak(int k, float m, float[] bass36) {
        peakMagnitude += m;
        peakNow[k] = true;
        if (peakBefore[k] || peakBefore[k - 1] || peakBefore[k + 1]) {
            persistentMagnitude += m;
        }
        double la = Math.log(magnitude[k - 1] + 1e-12);
        double lb = Math.log(m + 1e-12);
        double lc = Math.log(magnitude[k + 1] + 1e-12);
        double d = la - 2 * lb + lc;
        double delta = d < 0 ? 0.5 * (la - lc) / d : 0;
        double f = (k + delta) * rate / size;
        double pitch = 69 + 12 * Math.log(f / 440) / Math.log(2);
        double dev = pitch - Math.rint(pitch);
        tuningCos += m * Math.cos(2 * Math.PI * dev);
        tuningSin += m * Math.sin(2 * Math.PI * dev);
        double x = SLOTS_PER_SEMITONE * pitch;
        int i0 = (int) Math.floor(x);
        double frac = x - i0;
        if (k >= kMin && k <= kMax && peaks < peakHz.length) {
            peakHz[peaks] = f;
            peakLevel[peaks] = m;
            peakSlot[peaks] = x;
            peaks++;
        }
        if (k >= kBassMin && k <= kBassMax) {
            bass36[Math.floorMod(i0, CHROMA_SLOTS)] += (float) (m * (1 - frac));
            bass36[Math.floorMod(i0 + 1, CHROMA_SLOTS)] += (float) (m * frac);
        }
    }

    /**
     * Adds the frame's peaks to the 36-bin chroma, leaving out the 5th and 7th partials of a much louder peak:
     * they sound a major third and a minor seventh above its note (two octaves up), so a minor triad's root would
     * otherwise vote for the major third it does not contain. Octave and fifth partials stay (they repeat notes
     * of the chord or the key).
     */
    private void addToChroma(float[] c36) {
        for (int p = 0; p < peaks; p++) {
            if (isUpperPartial(p, 5) || isUpperPartial(p, 7)) {
                continue;
            }
            double x = peakSlot[p];
            int i0 = (int) Math.floor(x);
            double frac = x - i0;
            c36[Math.floorMod(i0, CHROMA_SLOTS)] += (float) (peakLevel[p] * (1 - frac));
            c36[Math.floorMod(i0 + 1, CHROMA_SLOTS)] += (float) (peakLevel[p] * frac);
        }
    }

    /**
     * Whether peak p lies within a quarter tone of the h-th partial of a peak at least {@link #PARTIAL_BELOW_NOTE}
     * times louder. A peak about as loud as the lower one is a note of its own that happens to coincide with a
     * partial (a chord's third over its root in the bass), and is kept.
     */
    private boolean isUpperPartial(int p, int h) {
        double fundamental = peakHz[p] / h;
        int lo = 0;
        int hi = p - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (peakHz[mid] < fundamental * QUARTER_TONE_DOWN) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int q = lo; q < p && peakHz[q] <= fundamental * QUARTER_TONE_UP; q++) {
            if (peakLevel[q] >= PARTIAL_BELOW_NOTE * peakLevel[p]) {
                return true;
            }
        }
        return false;
    }

    /** Tuning offset in semitones (−0.5..0.5) relative to A = 440 Hz. */
    public double tuning() {
        return Math.atan2(tuningSin, tuningCos) / (2 * Math.PI);
    }

    /** Summed magnitude of all peaks so far. */
    public double peakMagnitude() {
        return peakMagnitude;
    }

    /** Summed magnitude of the peaks that were also peaks (±1 bin) in the previous frame. */
    public double persistentMagnitude() {
        return persistentMagnitude;
    }
}
