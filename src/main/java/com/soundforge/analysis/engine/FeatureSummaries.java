package com.soundforge.analysis.engine;

import com.soundforge.analysis.FeatureSeries.FeatureSummary;
import com.soundforge.analysis.Loudness;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Mean and variance of each feature over the whole file, by name: the spectral values over all STFT frames, the
 * onset envelope, the energy curve, and each pitch class of the chroma (each frame scaled to a maximum of 1).
 */
final class FeatureSummaries {

    private static final String[] PITCH_NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    /** Energy summary of a file without loudness (digital silence), dB. */
    private static final double SILENT_DB = -120;

    private FeatureSummaries() {}

    static Map<String, FeatureSummary> of(
            SpectralFeatureAnalyzer.Result spectral,
            float[] onsetFrames,
            @Nullable Loudness loudness,
            float[][] keyChroma) {
        Map<String, FeatureSummary> summaries = new LinkedHashMap<>();
        double[] mean = spectral.mean();
        double[] variance = spectral.variance();
        summaries.put("centroid", summary(mean, variance, SpectralFeatureAnalyzer.CENTROID));
        summaries.put("rolloff", summary(mean, variance, SpectralFeatureAnalyzer.ROLLOFF));
        summaries.put("bandwidth", summary(mean, variance, SpectralFeatureAnalyzer.BANDWIDTH));
        summaries.put("flatness", summary(mean, variance, SpectralFeatureAnalyzer.FLATNESS));
        summaries.put("zcr", summary(mean, variance, SpectralFeatureAnalyzer.ZCR));
        summaries.put("onset", stats(onsetFrames));
        summaries.put("energy", loudness == null ? new FeatureSummary(SILENT_DB, 0) : stats(loudness.energyDb()));
        for (int c = 0; c < SpectralFeatureAnalyzer.MFCC; c++) {
            summaries.put("mfcc" + (c + 1), summary(mean, variance, c));
        }
        for (int p = 0; p < 12; p++) {
            summaries.put("chroma_" + PITCH_NAMES[p], stats(normalisedColumn(keyChroma, p)));
        }
        for (int b = 0; b < SpectralFeatureAnalyzer.CONTRAST_BANDS; b++) {
            summaries.put("contrast" + (b + 1), summary(mean, variance, SpectralFeatureAnalyzer.CONTRAST + b));
        }
        return summaries;
    }

    /** Pitch class {@code p} of each chroma frame, relative to the frame's strongest pitch class. */
    private static float[] normalisedColumn(float[][] keyChroma, int p) {
        float[] column = new float[keyChroma.length];
        for (int i = 0; i < keyChroma.length; i++) {
            float max = 0;
            for (float v : keyChroma[i]) {
                max = Math.max(max, v);
            }
            column[i] = max > 0 ? keyChroma[i][p] / max : 0;
        }
        return column;
    }

    private static FeatureSummary summary(double[] mean, double[] variance, int index) {
        return new FeatureSummary(mean[index], variance[index]);
    }

    private static FeatureSummary stats(float[] x) {
        if (x.length == 0) {
            return new FeatureSummary(0, 0);
        }
        double s = 0;
        double s2 = 0;
        for (float v : x) {
            s += v;
            s2 += (double) v * v;
        }
        double m = s / x.length;
        return new FeatureSummary(m, Math.max(0, s2 / x.length - m * m));
    }
}
