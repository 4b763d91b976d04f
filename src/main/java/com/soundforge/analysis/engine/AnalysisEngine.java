package com.soundforge.analysis.engine;

import com.soundforge.analysis.AnalysisProgress;
import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.FeatureSeries;
import com.soundforge.analysis.FeatureSeries.FeatureSummary;
import com.soundforge.analysis.Loudness;
import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.Tempo;
import com.soundforge.audio.AudioDecodeException;
import com.soundforge.audio.AudioDecoder;
import com.soundforge.audio.PcmStream;
import com.soundforge.audio.StreamInfo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Analyses a whole file in one streaming decode pass: loudness at full rate on every channel; tempo, key and
 * spectral features on a shared mono downmix decimated to ≈ 22 kHz (one STFT size per purpose). Only compact
 * per-frame envelopes and features are kept (about 30 MB for two hours), then the global decisions are made and
 * the structure derived. Single-threaded; one engine instance can analyse many files, one after another.
 */
public final class AnalysisEngine {

    /** Bumped whenever results change. */
    public static final int VERSION = 3;
    private static final int BLOCK_FRAMES = 8192;
    private static final String[] PITCH_NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};

    private final StructureAnalyzer structure = new StructureAnalyzer();

    public AnalysisReport analyze(Path audio, AnalysisProgress progress) throws AudioDecodeException {
        try (PcmStream stream = AudioDecoder.open(audio)) {
            return analyze(stream, progress);
        }
    }

    /** Analyses an open stream to its end (the caller closes it). */
    public AnalysisReport analyze(PcmStream stream, AnalysisProgress progress) throws AudioDecodeException {
        StreamInfo info = stream.info();
        int rate = info.sampleRateHz();
        int channels = Math.max(1, info.channels());
        long declared = info.declaredFrames();
        AnalysisProgress report = progress == null ? fraction -> { } : progress;

        LoudnessAnalyzer loudness = new LoudnessAnalyzer();
        loudness.start(rate, channels, declared);
        FrontEnd frontEnd = new FrontEnd(rate, channels);
        long expectedWork = declared < 0 ? -1 : (long) (declared * frontEnd.workRate() / rate);
        TempoAnalyzer tempo = new TempoAnalyzer();
        tempo.attach(frontEnd, expectedWork);
        SpectralFeatureAnalyzer spectral = new SpectralFeatureAnalyzer();
        spectral.attach(frontEnd, expectedWork);
        KeyAnalyzer key = new KeyAnalyzer();
        key.attach(frontEnd, expectedWork / 2);

        float[][] block = new float[channels][BLOCK_FRAMES];
        long done = 0;
        int frames;
        int lastPercent = -1;
        while ((frames = stream.read(block, BLOCK_FRAMES)) >= 0) {
            if (frames == 0) {
                continue;
            }
            loudness.process(block, frames);
            frontEnd.process(block, frames);
            done += frames;
            if (declared > 0) {
                int percent = (int) Math.min(99, 100 * done / declared);
                if (percent != lastPercent) {
                    report.analysed(percent / 100.0);
                    lastPercent = percent;
                }
            }
        }
        frontEnd.end();
        double duration = done / (double) rate;

        Loudness level = loudness.finish();
        MusicalKey musicalKey = key.finish();
        Tempo beat = tempo.finish(key.chroma(), key.hopSeconds());
        FeatureSeries features = features(duration, spectral.finish(), key, tempo, level);
        AnalysisReport result = new AnalysisReport(VERSION, duration, rate, channels, beat, musicalKey, level,
                features, null);
        result = result.withStructure(structure.analyze(result));
        report.analysed(1.0);
        return result;
    }

    private static FeatureSeries features(double duration, SpectralFeatureAnalyzer.Result spectral, KeyAnalyzer key,
                                          TempoAnalyzer tempo, Loudness loudness) {
        double hop = Math.max(0.1, duration / 3000);
        int n = Math.max(0, (int) Math.ceil(duration / hop - 1e-9));
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
        float[][] mfcc = new float[n][SpectralFeatureAnalyzer.MFCC];
        float[][] contrast = new float[n][SpectralFeatureAnalyzer.CONTRAST_BANDS];
        float[] centroid = new float[n];
        float[] rolloff = new float[n];
        float[] bandwidth = new float[n];
        float[] flatness = new float[n];
        float[] zcr = new float[n];
        for (int d = 0; d < n; d++) {
            System.arraycopy(per[d], 0, mfcc[d], 0, SpectralFeatureAnalyzer.MFCC);
            System.arraycopy(per[d], SpectralFeatureAnalyzer.CONTRAST, contrast[d], 0,
                    SpectralFeatureAnalyzer.CONTRAST_BANDS);
            centroid[d] = per[d][SpectralFeatureAnalyzer.CENTROID];
            rolloff[d] = per[d][SpectralFeatureAnalyzer.ROLLOFF];
            bandwidth[d] = per[d][SpectralFeatureAnalyzer.BANDWIDTH];
            flatness[d] = per[d][SpectralFeatureAnalyzer.FLATNESS];
            zcr[d] = per[d][SpectralFeatureAnalyzer.ZCR];
        }
        float[][] chroma = resampleChroma(key.chroma(), key.hopSeconds(), hop, n);
        float[] onsetFrames = tempo.onsetEnvelope();
        float[] onset = average(onsetFrames, 1 / tempo.frameRate(), hop, n);

        Map<String, FeatureSummary> summaries = new LinkedHashMap<>();
        double[] mean = spectral.mean();
        double[] variance = spectral.variance();
        summaries.put("centroid", summary(mean, variance, SpectralFeatureAnalyzer.CENTROID));
        summaries.put("rolloff", summary(mean, variance, SpectralFeatureAnalyzer.ROLLOFF));
        summaries.put("bandwidth", summary(mean, variance, SpectralFeatureAnalyzer.BANDWIDTH));
        summaries.put("flatness", summary(mean, variance, SpectralFeatureAnalyzer.FLATNESS));
        summaries.put("zcr", summary(mean, variance, SpectralFeatureAnalyzer.ZCR));
        summaries.put("onset", stats(onsetFrames));
        summaries.put("energy", loudness == null ? new FeatureSummary(-120, 0) : stats(loudness.energyDb()));
        for (int c = 0; c < SpectralFeatureAnalyzer.MFCC; c++) {
            summaries.put("mfcc" + (c + 1), summary(mean, variance, c));
        }
        float[][] keyChroma = key.chroma();
        for (int p = 0; p < 12; p++) {
            float[] column = new float[keyChroma.length];
            for (int i = 0; i < keyChroma.length; i++) {
                float max = 0;
                for (float v : keyChroma[i]) {
                    max = Math.max(max, v);
                }
                column[i] = max > 0 ? keyChroma[i][p] / max : 0;
            }
            summaries.put("chroma_" + PITCH_NAMES[p], stats(column));
        }
        for (int b = 0; b < SpectralFeatureAnalyzer.CONTRAST_BANDS; b++) {
            summaries.put("contrast" + (b + 1), summary(mean, variance, SpectralFeatureAnalyzer.CONTRAST + b));
        }
        return new FeatureSeries(hop, chroma, mfcc, centroid, rolloff, bandwidth, flatness, contrast, zcr, onset,
                summaries);
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
    private static float[][] resampleChroma(float[][] chroma, double from, double to, int n) {
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
