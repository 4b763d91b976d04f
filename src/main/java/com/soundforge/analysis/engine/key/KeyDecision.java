package com.soundforge.analysis.engine.key;

import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.engine.Dsp;
import com.soundforge.analysis.engine.EngineTrace;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The key analyzer's last step: scores all 24 keys by the correlation of the track's chroma with Temperley's
 * (2007, Kostka–Payne) profiles, plus half the correlation of the bass chroma with a root-position profile, plus
 * the chord evidence of {@link ChordKeyEvidence}, and picks the best; null when the chroma is nearly flat or fits no
 * profile at all.
 */
public final class KeyDecision {

    /** Temperley (2007) Kostka–Payne profiles, C major / C minor. */
    private static final double[] MAJOR = {
        0.748, 0.060, 0.488, 0.082, 0.670, 0.460, 0.096, 0.715, 0.104, 0.366, 0.057, 0.400
    };

    private static final double[] MINOR = {
        0.712, 0.084, 0.474, 0.618, 0.049, 0.460, 0.105, 0.747, 0.404, 0.067, 0.133, 0.330
    };
    /** Bass (chord root) profiles: tonic, dominant, subdominant and the other diatonic roots. */
    private static final double[] BASS_MAJOR = {1.0, 0.05, 0.3, 0.05, 0.3, 0.6, 0.05, 0.7, 0.05, 0.4, 0.05, 0.1};

    private static final double[] BASS_MINOR = {1.0, 0.05, 0.2, 0.4, 0.05, 0.6, 0.05, 0.7, 0.5, 0.05, 0.3, 0.1};
    private static final double BASS_WEIGHT = 0.5;
    /**
     * Weight of the chord evidence, per nat of mean chord log-probability: as much as the note profile's
     * correlation, since the profile cannot tell relative keys apart and the harmony can.
     */
    private static final double CHORD_WEIGHT = 1.0;
    /** The chroma's peak must be at least this many times its mean: flatter chroma has no key. */
    private static final double MIN_PEAK_OVER_MEAN = 1.1;
    /** Below this best profile correlation, no key fits. */
    private static final double MIN_CORRELATION = 0.3;
    /** Score margin between the best and second key that earns full confidence, less the 0.3 floor. */
    private static final double CONFIDENT_MARGIN = 0.2;

    private static final double MARGIN_FLOOR = 0.3;

    private KeyDecision() {}

    /** @param chords mean chord log-probability per key (see {@link ChordKeyEvidence}), or null */
    public static @Nullable MusicalKey decide(double[] chroma, double[] bass, double @Nullable [] chords) {
        double sum = 0;
        double max = 0;
        for (double v : chroma) {
            sum += v;
            max = Math.max(max, v);
        }
        if (EngineTrace.enabled()) {
            EngineTrace.line("key: chroma peak/mean %.3f chroma %s", max / (sum / 12), Arrays.toString(chroma));
        }
        if (sum <= 1e-6 || max / (sum / 12) < MIN_PEAK_OVER_MEAN) {
            return null;
        }
        double bassSum = 0;
        for (double v : bass) {
            bassSum += v;
        }
        double bestChords = Double.NEGATIVE_INFINITY;
        if (chords != null) {
            for (double v : chords) {
                bestChords = Math.max(bestChords, v);
            }
        }
        return best(chroma, bass, bassSum > 0, chords, bestChords);
    }

    private static @Nullable MusicalKey best(
            double[] chroma, double[] bass, boolean hasBass, double @Nullable [] chords, double bestChords) {
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        double maxCorrelation = -1;
        int bestTonic = 0;
        boolean bestMinor = false;
        for (int mode = 0; mode < 2; mode++) {
            for (int tonic = 0; tonic < 12; tonic++) {
                double r = Dsp.correlation(chroma, rotate(mode == 0 ? MAJOR : MINOR, tonic));
                double rb = hasBass ? Dsp.correlation(bass, rotate(mode == 0 ? BASS_MAJOR : BASS_MINOR, tonic)) : 0;
                maxCorrelation = Math.max(maxCorrelation, r);
                double score = r
                        + BASS_WEIGHT * rb
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
        if (maxCorrelation < MIN_CORRELATION) {
            return null;
        }
        double confidence = Math.max(0, Math.min(1, maxCorrelation))
                * Math.min(1, (best - second) / CONFIDENT_MARGIN + MARGIN_FLOOR);
        return new MusicalKey(bestTonic, bestMinor, Dsp.round2(Math.min(1, confidence)));
    }

    /** The profile of C moved to {@code tonic}: result[(tonic + i) % 12] = profile[i]. */
    private static double[] rotate(double[] profile, int tonic) {
        double[] r = new double[12];
        for (int i = 0; i < 12; i++) {
            r[(tonic + i) % 12] = profile[i];
        }
        return r;
    }
}
