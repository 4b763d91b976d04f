package com.soundforge.analysis.engine;

import com.soundforge.analysis.FeatureSeries;
import com.soundforge.analysis.FeatureSeries.FeatureSummary;
import java.util.Map;

/**
 * The analyzers' per-frame features brought onto one display hop: {@code max(0.1 s, duration / 3000)}, so a long
 * file has at most 3000 display frames. Spectral bins are averaged weighted by their STFT frame counts (a display
 * frame no bin reaches repeats the one before), chroma is averaged and scaled to a maximum of 1 per frame, the onset
 * envelope averaged.
 */
final class DisplayFeatures {

    private static final double MIN_HOP_SECONDS = 0.1;
    private static final int MAX_FRAMES = 3000;

    private DisplayFeatures() {}

    /** Seconds between display frames for a file of {@code duration} seconds. */
    static double hopSeconds(double duration) {
        return Math.max(MIN_HOP_SECONDS, duration / MAX_FRAMES);
    }

    /** Display frames of {@code hop} seconds covering {@code duration} seconds. */
    static int frames(double duration, double hop) {
        return Math.max(0, (int) Math.ceil(duration / hop - 1e-9));
    }

    /** The spectral analyzer's 0.1 s bins averaged onto {@code n} display frames, weighted by their frame counts. */
    static float[][] spectral(SpectralFeatureAnalyzer.Result spectral, double hop, int n) {
        int vals = SpectralFeatureAnalyzer.VALUES;
        float[][] per = new float[n][vals];
        double[] count = new double[n];
        float[][] bins = spectral.bins();
        for (int i = 0; i < bins.length; i++) {
            int d = Math.min(n - 1, (int) Math.floor((i + 0.5) * SpectralFeatureAnalyzer.BIN_SECONDS / hop));
            if (d < 0 || Float.isNaN(bins[i][0])) {
                continue;
            }
            double w = spectral.binFrames()[i];
            for (int v = 0; v < vals; v++) {
                per[d][v] += (float) (w * bins[i][v]);
            }
            count[d] += w;
        }
        for (int d = 0; d < n; d++) {
            if (count[d] > 0) {
                for (int v = 0; v < vals; v++) {
                    per[d][v] /= (float) count[d];
                }
            } else if (d > 0) {
                per[d] = per[d - 1].clone();
            }
        }
        return per;
    }

    /** The series, with {@code per} (display frame × spectral value) split into one array per feature. */
    static FeatureSeries series(
            double hop, float[][] per, float[][] chroma, float[] onset, Map<String, FeatureSummary> summaries) {
        int n = per.length;
        float[][] mfcc = new float[n][SpectralFeatureAnalyzer.MFCC];
        float[][] contrast = new float[n][SpectralFeatureAnalyzer.CONTRAST_BANDS];
        float[] centroid = new float[n];
        float[] rolloff = new float[n];
        float[] bandwidth = new float[n];
        float[] flatness = new float[n];
        float[] zcr = new float[n];
        for (int d = 0; d < n; d++) {
            System.arraycopy(per[d], 0, mfcc[d], 0, SpectralFeatureAnalyzer.MFCC);
            System.arraycopy(
                    per[d], SpectralFeatureAnalyzer.CONTRAST, contrast[d], 0, SpectralFeatureAnalyzer.CONTRAST_BANDS);
            centroid[d] = per[d][SpectralFeatureAnalyzer.CENTROID];
            rolloff[d] = per[d][SpectralFeatureAnalyzer.ROLLOFF];
            bandwidth[d] = per[d][SpectralFeatureAnalyzer.BANDWIDTH];
            flatness[d] = per[d][SpectralFeatureAnalyzer.FLATNESS];
            zcr[d] = per[d][SpectralFeatureAnalyzer.ZCR];
        }
        return new FeatureSeries(
                hop, chroma, mfcc, centroid, rolloff, bandwidth, flatness, contrast, zcr, onset, summaries);
    }

    /** Averages a series with spacing {@code from} seconds into {@code n} frames of {@code to} seconds. */
    static float[] average(float[] x, double from, double to, int n) {
        float[] out = new float[n];
        int[] count = new int[n];
        for (int i = 0; i < x.length; i++) {
            int d = (int) Math.floor(i * from / to);
            if (d < n) {
                out[d] += x[i];
                count[d]++;
            }
        }
        for (int d = 0; d < n; d++) {
            out[d] = count[d] > 0 ? out[d] / count[d] : d > 0 ? out[d - 1] : 0;
        }
        return out;
    }

    /** Chroma frames averaged (or, when sparser, nearest) onto the display hop, each frame scaled to max 1. */
    static float[][] resampleChroma(float[][] chroma, double from, double to, int n) {
        float[][] out = new float[n][12];
        for (int d = 0; d < n; d++) {
            int a = (int) Math.floor(d * to / from);
            int b = Math.max(a + 1, (int) Math.floor((d + 1) * to / from));
            a = Math.min(a, chroma.length - 1);
            b = Math.min(b, chroma.length);
            for (int i = Math.max(0, a); i < b; i++) {
                for (int p = 0; p < 12; p++) {
                    out[d][p] += chroma[i][p];
                }
            }
            float max = 0;
            for (float v : out[d]) {
                max = Math.max(max, v);
            }
            if (max > 0) {
                for (int p = 0; p < 12; p++) {
                    out[d][p] /= max;
                }
            }
        }
        return out;
    }
}
