package com.soundforge.analysis;

import java.util.Map;

/**
 * Spectral features over time, downsampled for display ({@code hopSeconds} apart), and global summaries.
 * Two-dimensional arrays are [frame][bin].
 *
 * @param summaries per feature name ("centroid", "rolloff", "bandwidth", "flatness", "zcr", "onset", "mfcc1"…,
 *                  "chroma_C"…, "contrast1"…): mean and variance over the whole track
 */
public record FeatureSeries(
        double hopSeconds,
        float[][] chroma,
        float[][] mfcc,
        float[] centroidHz,
        float[] rolloffHz,
        float[] bandwidthHz,
        float[] flatness,
        float[][] contrast,
        float[] zeroCrossingRate,
        float[] onsetStrength,
        Map<String, FeatureSummary> summaries) {

    public record FeatureSummary(double mean, double variance) {}
}
