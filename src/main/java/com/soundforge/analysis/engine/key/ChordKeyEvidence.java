package com.soundforge.analysis.engine.key;

import com.soundforge.analysis.engine.EngineTrace;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Key evidence from the chords rather than the notes. A pitch-class profile cannot tell relative keys apart
 * (C major and A minor use the same seven notes) and is easily pulled by a loud melody; the harmony can: which
 * chord the music keeps returning to, and whether its dominant is major (the leading tone of minor keys).
 * <ul>
 *   <li>The chroma is cut into overlapping windows of about a second; each window gets a soft assignment over
 *       the 24 major and minor triads (cosine fit of the window's chroma to the triad's notes with their
 *       harmonics, plus the bass on the triad's root).</li>
 *   <li>Each key scores the windows by how probable their chords are in it: a tonal-harmony prior in which the
 *       tonic triad is the commonest, then the subdominant and dominant, then the other diatonic triads; chords
 *       outside the key are rare but possible (borrowed chords, secondary dominants).</li>
 *   <li>Authentic cadences, a major triad moving to the triad a fourth above (V → I or V → i), point at the key
 *       of their goal: the strongest tonic cue of tonal music.</li>
 * </ul>
 * The prior follows the usual textbook chord frequencies of tonal pop and rock (e.g. de Clercq and Temperley's
 * rock corpus: I, IV, V, vi, ii the commonest in major; i, VI, III, VII, iv, V in minor); it is not fitted to any
 * test set.
 */
public final class ChordKeyEvidence {

    private static final double WINDOW_SECONDS = 1.0;
    /** Sharpness of the soft chord assignment (cosine units). */
    private static final double CHORD_SHARPNESS = 12.0;

    private static final double BASS_ON_ROOT = 0.4;
    /** Bonus per share of chord changes that are authentic cadences (V → I) to the key. */
    private static final double CADENCE_WEIGHT = 1.0;

    /** Probability of a chord given a major key, by (root − tonic) and quality. */
    private static final double[] MAJOR_KEY_MAJOR_CHORDS = new double[12];

    private static final double[] MAJOR_KEY_MINOR_CHORDS = new double[12];
    private static final double[] MINOR_KEY_MAJOR_CHORDS = new double[12];
    private static final double[] MINOR_KEY_MINOR_CHORDS = new double[12];

    static {
        Arrays.fill(MAJOR_KEY_MAJOR_CHORDS, 0.004);
        Arrays.fill(MAJOR_KEY_MINOR_CHORDS, 0.004);
        Arrays.fill(MINOR_KEY_MAJOR_CHORDS, 0.004);
        Arrays.fill(MINOR_KEY_MINOR_CHORDS, 0.004);
        MAJOR_KEY_MAJOR_CHORDS[0] = 0.30; // I
        MAJOR_KEY_MAJOR_CHORDS[5] = 0.17; // IV
        MAJOR_KEY_MAJOR_CHORDS[7] = 0.17; // V
        MAJOR_KEY_MINOR_CHORDS[9] = 0.11; // vi
        MAJOR_KEY_MINOR_CHORDS[2] = 0.07; // ii
        MAJOR_KEY_MINOR_CHORDS[4] = 0.04; // iii
        MAJOR_KEY_MAJOR_CHORDS[10] = 0.03; // bVII (mixolydian borrowing)
        MAJOR_KEY_MAJOR_CHORDS[2] = 0.02; // II (V of V)
        MINOR_KEY_MINOR_CHORDS[0] = 0.30; // i
        MINOR_KEY_MAJOR_CHORDS[8] = 0.12; // VI
        MINOR_KEY_MAJOR_CHORDS[7] = 0.11; // V (harmonic minor)
        MINOR_KEY_MINOR_CHORDS[5] = 0.11; // iv
        MINOR_KEY_MAJOR_CHORDS[3] = 0.09; // III
        MINOR_KEY_MAJOR_CHORDS[10] = 0.09; // VII
        MINOR_KEY_MINOR_CHORDS[7] = 0.05; // v (natural minor)
        MINOR_KEY_MAJOR_CHORDS[5] = 0.02; // IV (dorian)
        normalise(MAJOR_KEY_MAJOR_CHORDS, MAJOR_KEY_MINOR_CHORDS);
        normalise(MINOR_KEY_MAJOR_CHORDS, MINOR_KEY_MINOR_CHORDS);
    }

    private static void normalise(double[] majorChords, double[] minorChords) {
        double sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += majorChords[i] + minorChords[i];
        }
        for (int i = 0; i < 12; i++) {
            majorChords[i] /= sum;
            minorChords[i] /= sum;
        }
    }

    /**
     * Unit-norm chroma templates of the 24 triads with the notes' harmonics (6 partials of amplitude 1/h, the
     * sawtooth-like spectrum of strings, brass and most synth patches):
     * a minor triad's root sounds a major third in its 5th partial, which a bare three-note template would read as
     * evidence for the major triad.
     */
    private static final double[][] TEMPLATES = new double[24][];

    static {
        for (int chord = 0; chord < 24; chord++) {
            int root = chord % 12;
            int[] notes = {root, root + (chord < 12 ? 4 : 3), root + 7};
            double[] t = new double[12];
            for (int note : notes) {
                for (int h = 1; h <= 6; h++) {
                    int pitchClass = Math.floorMod(note + (int) Math.round(12 * Math.log(h) / Math.log(2)), 12);
                    t[pitchClass] += 1.0 / h;
                }
            }
            double norm = 0;
            for (double v : t) {
                norm += v * v;
            }
            for (int s = 0; s < 12; s++) {
                t[s] /= Math.sqrt(norm);
            }
            TEMPLATES[chord] = t;
        }
    }

    /** A window under this share of the mean window level is too quiet to name its chord. */
    private static final double QUIET_WINDOW = 0.25;
    /** Fewer harmonic windows than this give no evidence. */
    private static final int MIN_WINDOWS = 4;
    /** Cadences count per chord change, but per at least this many (two cadences in a short clip are not all). */
    private static final int MIN_CHORD_CHANGES = 4;

    private static final String[] NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};

    private ChordKeyEvidence() {}

    /**
     * Mean log-probability per window of the chords heard, for each of the 24 keys: index tonic (0 = C) for
     * major keys, 12 + tonic for minor keys. Null when there are too few harmonic windows to judge.
     *
     * @param chroma per-frame 12-bin chroma (already compressed), C = 0
     * @param bass   per-frame 12-bin bass chroma
     */
    public static double @Nullable [] keyScores(float[][] chroma, float[][] bass, double hopSeconds) {
        int frames = chroma.length;
        int window = Math.max(1, (int) Math.round(WINDOW_SECONDS / hopSeconds));
        int hop = Math.max(1, window / 2);
        double[] scores = new double[24];
        double[] chordProbability = new double[24];
        double[] c = new double[12];
        double[] b = new double[12];
        double meanWindowLevel = meanLevel(chroma) * window;
        int windows = 0;
        int[] cadences = new int[24];
        int changes = 0;
        int previousChord = -1;
        for (int start = 0; start + window <= frames; start += hop) {
            double level = sumWindow(chroma, bass, start, window, c, b);
            if (level < QUIET_WINDOW * meanWindowLevel) {
                continue;
            }
            assignChords(c, b, chordProbability);
            int heard = confidentChord(chordProbability);
            if (EngineTrace.enabled()) {
                traceChord(start * hopSeconds, chordProbability);
            }
            if (heard >= 0 && heard != previousChord) {
                if (previousChord >= 0) {
                    changes++;
                    countCadence(previousChord, heard, cadences);
                }
                previousChord = heard;
            }
            addKeyLogProbabilities(chordProbability, scores);
            windows++;
        }
        if (windows < MIN_WINDOWS) {
            return null;
        }
        for (int key = 0; key < 24; key++) {
            scores[key] = scores[key] / windows + CADENCE_WEIGHT * cadences[key] / Math.max(MIN_CHORD_CHANGES, changes);
        }
        return scores;
    }

    /** Mean chroma level per frame (summed over pitch classes). */
    private static double meanLevel(float[][] chroma) {
        double totalLevel = 0;
        for (float[] frame : chroma) {
            for (float v : frame) {
                totalLevel += v;
            }
        }
        return totalLevel / Math.max(1, chroma.length);
    }

    /** Sums frames [start, start + window) of {@code chroma} into {@code c} and {@code bass} into {@code b}. */
    private static double sumWindow(float[][] chroma, float[][] bass, int start, int window, double[] c, double[] b) {
        Arrays.fill(c, 0);
        Arrays.fill(b, 0);
        for (int i = start; i < start + window; i++) {
            for (int s = 0; s < 12; s++) {
                c[s] += chroma[i][s];
                b[s] += bass[i][s];
            }
        }
        double level = 0;
        for (double v : c) {
            level += v;
        }
        return level;
    }

    private static void traceChord(double seconds, double[] chordProbability) {
        int top = 0;
        for (int i = 1; i < 24; i++) {
            if (chordProbability[i] > chordProbability[top]) {
                top = i;
            }
        }
        EngineTrace.line("chord %.1fs %s%s %.2f", seconds, NAMES[top % 12], top < 12 ? "" : "m", chordProbability[top]);
    }

    /** Adds to each key's score the log-probability of the window's chords given that key. */
    private static void addKeyLogProbabilities(double[] chordProbability, double[] scores) {
        for (int key = 0; key < 24; key++) {
            double p = 0;
            for (int chord = 0; chord < 24; chord++) {
                p += chordProbability[chord] * chordGivenKey(chord, key);
            }
            scores[key] += Math.log(p);
        }
    }

    private static int confidentChord(double[] chordProbability) {
        for (int chord = 0; chord < 24; chord++) {
            if (chordProbability[chord] > 0.5) {
                return chord;
            }
        }
        return -1;
    }

    /** A major triad resolving to the triad a fourth above (V → I, V → i) is an authentic cadence to that key. */
    private static void countCadence(int from, int to, int[] cadences) {
        boolean fromMajor = from < 12;
        if (fromMajor && Math.floorMod(to % 12 - from, 12) == 5) {
            int tonic = to % 12;
            cadences[to < 12 ? tonic : 12 + tonic]++;
        }
    }

    /** Soft assignment of a window to the 24 triads (0–11 major roots, 12–23 minor roots). */
    static void assignChords(double[] chroma, double[] bass, double[] out) {
        double norm = 0;
        for (double v : chroma) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        double bassSum = 0;
        for (double v : bass) {
            bassSum += v;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int chord = 0; chord < 24; chord++) {
            int root = chord % 12;
            double[] template = TEMPLATES[chord];
            double dot = 0;
            for (int s = 0; s < 12; s++) {
                dot += chroma[s] * template[s];
            }
            double fit = norm > 0 ? dot / norm : 0;
            double onRoot = bassSum > 0 ? bass[root] / bassSum : 0;
            out[chord] = CHORD_SHARPNESS * (fit + BASS_ON_ROOT * onRoot);
            max = Math.max(max, out[chord]);
        }
        double sum = 0;
        for (int chord = 0; chord < 24; chord++) {
            out[chord] = Math.exp(out[chord] - max);
            sum += out[chord];
        }
        for (int chord = 0; chord < 24; chord++) {
            out[chord] /= sum;
        }
    }

    static double chordGivenKey(int chord, int key) {
        boolean minorChord = chord >= 12;
        boolean minorKey = key >= 12;
        int degree = Math.floorMod(chord % 12 - key % 12, 12);
        if (minorKey) {
            return minorChord ? MINOR_KEY_MINOR_CHORDS[degree] : MINOR_KEY_MAJOR_CHORDS[degree];
        }
        return minorChord ? MAJOR_KEY_MINOR_CHORDS[degree] : MAJOR_KEY_MAJOR_CHORDS[degree];
    }
}
