package com.soundforge.analysis.engine;

import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.engine.key.ChordKeyEvidence;
import com.soundforge.analysis.engine.key.HarmonicPeaks;
import com.soundforge.analysis.engine.key.KeyDecision;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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
 * The steps are {@link HarmonicPeaks} (per frame) and {@link KeyDecision} (at the end).
 */
public final class KeyAnalyzer extends StftAnalyzer {

    private static final int CHROMA_SLOTS = HarmonicPeaks.CHROMA_SLOTS;
    /** 4096-point frames at about 11 kHz; 2048 below 8 kHz so frames stay about as long. */
    private static final int FRAME_SIZE = 4096;

    private static final int SMALL_FRAME_SIZE = 2048;
    private static final double SMALL_FRAME_BELOW_HZ = 8000;
    /** Frames per FFT size: a hop of a quarter frame. */
    private static final int HOPS_PER_FRAME = 4;
    /** Below this share of peak magnitude in persistent peaks, the track is noise to the key finder. */
    private static final double MIN_PERSISTENT_SHARE = 0.4;
    /** CLP chroma compression: {@code log(1 + 10 · chroma / mean level)}. */
    private static final int COMPRESSION = 10;

    private double rate;
    private int size;
    private HarmonicPeaks peaks;
    private final float[] frame36 = new float[CHROMA_SLOTS];
    private final float[] bassFrame36 = new float[CHROMA_SLOTS];
    private FloatList frames36;
    private FloatList bassFrames36;
    private int frameCount;
    private float[][] chroma12 = new float[0][];

    @Override
    double inputRate(FrontEnd frontEnd) {
        return frontEnd.keyRate();
    }

    @Override
    @Initializer
    void attach(FrontEnd frontEnd, long expectedSamples) {
        rate = inputRate(frontEnd);
        size = rate >= SMALL_FRAME_BELOW_HZ ? FRAME_SIZE : SMALL_FRAME_SIZE;
        frames(size, size / HOPS_PER_FRAME, this::frame);
        peaks = new HarmonicPeaks(rate, size);
        int capacity = expectedSamples > 0
                ? (int) Math.min(1 << 24, CHROMA_SLOTS * (expectedSamples / (size / HOPS_PER_FRAME) + 4))
                : CHROMA_SLOTS * 1024;
        frames36 = new FloatList(capacity);
        bassFrames36 = new FloatList(capacity);
        frameCount = 0;
        frontEnd.addKeySink(this);
    }

    private void frame(int index, float[] power, float[] unused) {
        peaks.pick(power, frame36, bassFrame36);
        for (int j = 0; j < CHROMA_SLOTS; j++) {
            frames36.add(frame36[j]);
            bassFrames36.add(bassFrame36[j]);
        }
        frameCount++;
    }

    /** Seconds between chroma frames. */
    double hopSeconds() {
        return (size / HOPS_PER_FRAME) / rate;
    }

    /** Tuning offset in semitones (−0.5..0.5) relative to A = 440 Hz. */
    double tuning() {
        return peaks.tuning();
    }

    /** 12-bin chroma per frame (C = 0), valid after {@link #finish()} (empty before). */
    float[][] chroma() {
        return chroma12;
    }

    private static double[] fold(double[] c36, double tuning) {
        double[] c = new double[12];
        for (int j = 0; j < CHROMA_SLOTS; j++) {
            int s = (int) Math.floorMod(Math.round(j / 3.0 - tuning), 12);
            c[s] += c36[j];
        }
        return c;
    }

    public @Nullable MusicalKey finish() {
        endStandalone();
        double tuning = tuning();
        chroma12 = new float[frameCount][12];
        float[][] bass12 = new float[frameCount][12];
        double[] bass = foldFrames(tuning, bass12);
        double[] total = new double[12];
        float[][] compressed = compress(total);
        // Tonal partials persist from frame to frame; the random local maxima of noise mostly do not.
        double peakMagnitude = peaks.peakMagnitude();
        double persistentMagnitude = peaks.persistentMagnitude();
        if (EngineTrace.enabled()) {
            EngineTrace.line(
                    "key: persistent peak fraction %.3f", persistentMagnitude / Math.max(1e-12, peakMagnitude));
        }
        if (persistentMagnitude < MIN_PERSISTENT_SHARE * peakMagnitude) {
            return null;
        }
        double[] chords = ChordKeyEvidence.keyScores(compressed, bass12, hopSeconds());
        if (EngineTrace.enabled() && chords != null) {
            EngineTrace.line(
                    "key: tuning %.3f chord scores %s",
                    tuning,
                    Arrays.toString(Arrays.stream(chords)
                            .map(v -> Math.round(v * 100) / 100.0)
                            .toArray()));
        }
        return KeyDecision.decide(total, bass, chords);
    }

    /** Folds every frame's 36 slots to 12 semitones into {@link #chroma12} and {@code bass12}; the bass total. */
    private double[] foldFrames(double tuning, float[][] bass12) {
        double[] bass = new double[12];
        double[] c36 = new double[CHROMA_SLOTS];
        double[] b36 = new double[CHROMA_SLOTS];
        for (int i = 0; i < frameCount; i++) {
            for (int j = 0; j < CHROMA_SLOTS; j++) {
                c36[j] = frames36.get(i * CHROMA_SLOTS + j);
                b36[j] = bassFrames36.get(i * CHROMA_SLOTS + j);
            }
            double[] c = fold(c36, tuning);
            double[] b = fold(b36, tuning);
            for (int s = 0; s < 12; s++) {
                chroma12[i][s] = (float) c[s];
                bass12[i][s] = (float) b[s];
                bass[s] += b[s];
            }
        }
        return bass;
    }

    /**
     * Logarithmic compression (as in CLP chroma, Müller 2011) so that a few loud notes do not outweigh the
     * harmony; relative to the track's mean chroma level, so it does not depend on the gain. Adds each pitch
     * class's compressed chroma to {@code total}.
     */
    private float[][] compress(double[] total) {
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
                compressed[i][s] = level > 0 ? (float) Math.log1p(COMPRESSION * chroma12[i][s] / level) : 0;
                total[s] += compressed[i][s];
            }
        }
        return compressed;
    }
}
