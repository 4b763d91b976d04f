package com.soundforge.analysis.engine;

import com.soundforge.analysis.MusicalKey;

/**
 * Musical key from harmonic chroma.
 * <ul>
 *   <li>Mono downmix at ≈ 11 kHz, 4096-point Hann STFT every 1024 samples (≈ 93 ms), 2.7 Hz bins.</li>
 *   <li>Harmonic emphasis by spectral peak picking: only local maxima standing at least 6 dB above the mean of
 *       their ±10 bins and within 40 dB of the frame's maximum count, which removes broadband (percussive, noisy)
 *       energy. Each peak's frequency is refined by parabolic interpolation and mapped to a pitch (55 Hz–5 kHz;
 *       40–200 Hz for the separate bass chroma) on a 36-bin (third-of-a-semitone) pitch-class axis.</li>
 *   <li>Tuning: circular mean of the peaks' deviations from the 440 Hz grid; the 36 bins are folded to 12 around
 *       the tuned semitone centres.</li>
 *   <li>Key: correlation of the track's chroma with Temperley's (2007, Kostka–Payne) major and minor profiles
 *       over all 24 rotations, plus half the correlation of the bass chroma with a root-position profile
 *       (tonic strongest, then dominant and subdominant), the tonic evidence that separates relative keys,
 *       plus the chord evidence of {@link ChordKeyEvidence} (which triads are heard, and the cadences).</li>
 *   <li>Null when less than 40 % of the peak magnitude is in peaks that persist from the previous frame (±1 bin;
 *       the random maxima of noise do not), or the chroma is nearly flat or fits no key profile at all.</li>
 * </ul>
 */
public final class KeyAnalyzer extends StftAnalyzer {

    /** Temperley (2007) Kostka–Payne profiles, C major / C minor. */
    static final double[] MAJOR = {0.748, 0.060, 0.488, 0.082, 0.670, 0.460, 0.096, 0.715, 0.104, 0.366, 0.057, 0.400};
    static final double[] MINOR = {0.712, 0.084, 0.474, 0.618, 0.049, 0.460, 0.105, 0.747, 0.404, 0.067, 0.133, 0.330};
    /** Bass (chord root) profiles: tonic, dominant, subdominant and the other diatonic roots. */
    static final double[] BASS_MAJOR = {1.0, 0.05, 0.3, 0.05, 0.3, 0.6, 0.05, 0.7, 0.05, 0.4, 0.05, 0.1};
    static final double[] BASS_MINOR = {1.0, 0.05, 0.2, 0.4, 0.05, 0.6, 0.05, 0.7, 0.5, 0.05, 0.3, 0.1};
    private static final double BASS_WEIGHT = 0.5;
    /** A 5th or 7th partial is dropped only when at least this much (≈ 10 dB) weaker than its fundamental. */
    private static final double PARTIAL_BELOW_NOTE = 3.0;
    /**
     * Weight of the chord evidence, per nat of mean chord log-probability: as much as the note profile's
     * correlation, since the profile cannot tell relative keys apart and the harmony can.
     */
    private static final double CHORD_WEIGHT = 1.0;

    private double rate;
    private int size;
    private int kMin;
    private int kMax;
    private int kBassMin;
    private int kBassMax;
    private float[] magnitude;
    private final float[] frame36 = new float[36];
    private FloatList frames36;
    private final float[] bassFrame36 = new float[36];
    private final double[] peakHz = new double[1024];
    private final double[] peakLevel = new double[1024];
    private final double[] peakSlot = new double[1024];
    private FloatList bassFrames36;
    private double peakMagnitude;
    private double persistentMagnitude;
    private boolean[] peakNow;
    private boolean[] peakBefore;
    private double tuningCos;
    private double tuningSin;
    private int frameCount;
    private float[][] chroma12;

    @Override
    double inputRate(FrontEnd frontEnd) {
        return frontEnd.keyRate();
    }

    @Override
    void attach(FrontEnd frontEnd, long expectedSamples) {
        rate = inputRate(frontEnd);
        size = rate >= 8000 ? 4096 : 2048;
        frames(size, size / 4, this::frame);
        magnitude = new float[size / 2 + 1];
        peakNow = new boolean[size / 2 + 1];
        peakBefore = new boolean[size / 2 + 1];
        kMin = (int) Math.floor(55.0 * size / rate);
        kMax = (int) Math.min(size / 2 - 2, Math.ceil(Math.min(5000, 0.45 * rate) * size / rate));
        kBassMin = Math.max(2, (int) Math.floor(40.0 * size / rate));
        kBassMax = (int) Math.ceil(200.0 * size / rate);
        int capacity = expectedSamples > 0 ? (int) Math.min(1 << 24, 36 * (expectedSamples / (size / 4) + 4)) : 36 * 1024;
        frames36 = new FloatList(capacity);
        bassFrames36 = new FloatList(capacity);
        frameCount = 0;
        frontEnd.addKeySink(this);
    }

    private void frame(int index, float[] power, float[] unused) {
        float max = 0;
        int top = Math.max(kMax, kBassMax) + 11;
        for (int k = 0; k <= Math.min(top, power.length - 1); k++) {
            magnitude[k] = (float) Math.sqrt(power[k]);
            max = Math.max(max, magnitude[k]);
        }
        float[] c36 = frame36;
        java.util.Arrays.fill(c36, 0f);
        float[] bass36 = bassFrame36;
        java.util.Arrays.fill(bass36, 0f);
        int peaks = 0;
        if (max > 1e-5f) {
            float floor = max * 0.01f;
            int from = Math.min(kMin, kBassMin);
            int to = Math.max(kMax, kBassMax);
            double local = 0;
            int a = Math.max(0, from - 10);
            int b = a;
            for (int k = from; k <= to; k++) {
                while (b <= k + 10 && b < magnitude.length) {
                    local += magnitude[b++];
                }
                while (a < k - 10) {
                    local -= magnitude[a++];
                }
                float m = magnitude[k];
                if (m < floor || m <= magnitude[k - 1] || m < magnitude[k + 1]) {
                    continue;
                }
                double mean = local / (b - a);
                if (m < 2 * mean) {
                    continue;
                }
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
                double x = 3 * pitch;
                int i0 = (int) Math.floor(x);
                double frac = x - i0;
                if (k >= kMin && k <= kMax && peaks < peakHz.length) {
                    peakHz[peaks] = f;
                    peakLevel[peaks] = m;
                    peakSlot[peaks] = x;
                    peaks++;
                }
                if (k >= kBassMin && k <= kBassMax) {
                    bass36[Math.floorMod(i0, 36)] += (float) (m * (1 - frac));
                    bass36[Math.floorMod(i0 + 1, 36)] += (float) (m * frac);
                }
            }
        }
        addToChroma(peaks, c36);
        boolean[] swap = peakBefore;
        peakBefore = peakNow;
        peakNow = swap;
        java.util.Arrays.fill(peakNow, false);
        for (int j = 0; j < 36; j++) {
            frames36.add(c36[j]);
            bassFrames36.add(bass36[j]);
        }
        frameCount++;
    }

    /**
     * Adds the frame's peaks to the 36-bin chroma, leaving out the 5th and 7th partials of a much louder peak:
     * they sound a major third and a minor seventh above its note (two octaves up), so a minor triad's root would
     * otherwise vote for the major third it does not contain. Octave and fifth partials stay (they repeat notes
     * of the chord or the key).
     */
    private void addToChroma(int peaks, float[] c36) {
        for (int p = 0; p < peaks; p++) {
            if (isUpperPartial(p, 5) || isUpperPartial(p, 7)) {
                continue;
            }
            double x = peakSlot[p];
            int i0 = (int) Math.floor(x);
            double frac = x - i0;
            c36[Math.floorMod(i0, 36)] += (float) (peakLevel[p] * (1 - frac));
            c36[Math.floorMod(i0 + 1, 36)] += (float) (peakLevel[p] * frac);
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
            if (peakHz[mid] < fundamental * 0.9715) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int q = lo; q < p && peakHz[q] <= fundamental * 1.0293; q++) {
            if (peakLevel[q] >= PARTIAL_BELOW_NOTE * peakLevel[p]) {
                return true;
            }
        }
        return false;
    }

    /** Seconds between chroma frames. */
    double hopSeconds() {
        return (size / 4) / rate;
    }

    /** Tuning offset in semitones (−0.5..0.5) relative to A = 440 Hz. */
    double tuning() {
        return Math.atan2(tuningSin, tuningCos) / (2 * Math.PI);
    }

    /** 12-bin chroma per frame (C = 0), valid after {@link #finish()}. */
    float[][] chroma() {
        return chroma12;
    }

    private double[] fold(double[] c36, double tuning) {
        double[] c = new double[12];
        for (int j = 0; j < 36; j++) {
            int s = (int) Math.floorMod(Math.round(j / 3.0 - tuning), 12);
            c[s] += c36[j];
        }
        return c;
    }

    public MusicalKey finish() {
        endStandalone();
        double tuning = tuning();
        chroma12 = new float[frameCount][12];
        float[][] bass12 = new float[frameCount][12];
        double[] total = new double[12];
        double[] bass = new double[12];
        double[] c36 = new double[36];
        double[] b36 = new double[36];
        for (int i = 0; i < frameCount; i++) {
            for (int j = 0; j < 36; j++) {
                c36[j] = frames36.get(i * 36 + j);
                b36[j] = bassFrames36.get(i * 36 + j);
            }
            double[] c = fold(c36, tuning);
            double[] b = fold(b36, tuning);
            for (int s = 0; s < 12; s++) {
                chroma12[i][s] = (float) c[s];
                bass12[i][s] = (float) b[s];
                bass[s] += b[s];
            }
        }
        // Logarithmic compression (as in CLP chroma, Müller 2011) so that a few loud notes do not outweigh the
        // harmony; relative to the track's mean chroma level, so it does not depend on the gain.
        double level = 0;
        for (float[] frame : chroma12) {
            for (float v : frame) {
                level += v;
            }
        }
        level /= Math.max(1, 12.0 * frameCount);
        float[][] compressed = new float[frameCount][12];
        for (int i = 0; i < frameCount; i++) {
            for (int s = 0; s < 12; s++) {
                compressed[i][s] = level > 0 ? (float) Math.log1p(10 * chroma12[i][s] / level) : 0;
                total[s] += compressed[i][s];
            }
        }
        // Tonal partials persist from frame to frame; the random local maxima of noise mostly do not.
        if (EngineTrace.enabled()) {
            EngineTrace.line("key: persistent peak fraction %.3f", persistentMagnitude / Math.max(1e-12, peakMagnitude));
        }
        if (persistentMagnitude < 0.4 * peakMagnitude) {
            return null;
        }
        double[] chords = ChordKeyEvidence.keyScores(compressed, bass12, hopSeconds());
        if (EngineTrace.enabled() && chords != null) {
            EngineTrace.line("key: tuning %.3f chord scores %s", tuning, java.util.Arrays.toString(
                    java.util.Arrays.stream(chords).map(v -> Math.round(v * 100) / 100.0).toArray()));
        }
        return decide(total, bass, chords);
    }

    static MusicalKey decide(double[] chroma, double[] bass) {
        return decide(chroma, bass, null);
    }

    /** @param chords mean chord log-probability per key (see {@link ChordKeyEvidence}), or null */
    static MusicalKey decide(double[] chroma, double[] bass, double[] chords) {
        double sum = 0;
        double max = 0;
        for (double v : chroma) {
            sum += v;
            max = Math.max(max, v);
        }
        if (EngineTrace.enabled()) {
            EngineTrace.line("key: chroma peak/mean %.3f chroma %s", max / (sum / 12), java.util.Arrays.toString(chroma));
        }
        if (sum <= 1e-6 || max / (sum / 12) < 1.1) {
            return null;
        }
        double bassSum = 0;
        for (double v : bass) {
            bassSum += v;
        }
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        double maxCorrelation = -1;
        int bestTonic = 0;
        boolean bestMinor = false;
        double bestChords = Double.NEGATIVE_INFINITY;
        if (chords != null) {
            for (double v : chords) {
                bestChords = Math.max(bestChords, v);
            }
        }
        for (int mode = 0; mode < 2; mode++) {
            for (int tonic = 0; tonic < 12; tonic++) {
                double r = Dsp.correlation(chroma, rotate(mode == 0 ? MAJOR : MINOR, tonic));
                double rb = bassSum > 0 ? Dsp.correlation(bass, rotate(mode == 0 ? BASS_MAJOR : BASS_MINOR, tonic)) : 0;
                maxCorrelation = Math.max(maxCorrelation, r);
                double score = r + BASS_WEIGHT * rb
                        + (chords == null ? 0 : CHORD_WEIGHT * (chords[mode * 12 + tonic] - bestChords));
                if (score > best) {
                    second = best;
                    best = score;
                    bestTonic = tonic;
                    bestMinor = mode == 1;
                } else if (score > second) {
                    second = score;
                }
            }
        }
        if (maxCorrelation < 0.3) {
            return null;
        }
        double confidence = Math.max(0, Math.min(1, maxCorrelation)) * Math.min(1, (best - second) / 0.2 + 0.3);
        return new MusicalKey(bestTonic, bestMinor, Dsp.round2(Math.min(1, confidence)));
    }

    /** The profile of C moved to {@code tonic}: result[(tonic + i) % 12] = profile[i]. */
    static double[] rotate(double[] profile, int tonic) {
        double[] r = new double[12];
        for (int i = 0; i < 12; i++) {
            r[(tonic + i) % 12] = profile[i];
        }
        return r;
    }
}
