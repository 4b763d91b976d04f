package com.soundforge.analysis.engine;

import com.soundforge.analysis.AnalysisProgress;
import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.BpmRange;
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
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Analyses a whole file in one streaming decode pass: loudness at full rate on every channel; tempo, key and
 * spectral features on a shared mono downmix decimated to ≈ 22 kHz (one STFT size per purpose). Only compact
 * per-frame envelopes and features are kept (about 30 MB for two hours), then the global decisions are made and
 * the structure derived. Single-threaded; one engine instance can analyse many files, one after another.
 */
public final class AnalysisEngine {

    /** Bumped whenever results change. */
    public static final int VERSION = 5;

    private static final int BLOCK_FRAMES = 8192;

    private final StructureAnalyzer structure = new StructureAnalyzer();

    public AnalysisReport analyze(Path audio, @Nullable AnalysisProgress progress) throws AudioDecodeException {
        return analyze(audio, progress, null);
    }

    /** Analyses a file, picking the metrical level inside the DJ's BPM range when one is given. */
    public AnalysisReport analyze(Path audio, @Nullable AnalysisProgress progress, @Nullable BpmRange range)
            throws AudioDecodeException {
        try (PcmStream stream = AudioDecoder.open(audio)) {
            return analyze(stream, progress, range);
        }
    }

    /** Analyses an open stream to its end (the caller closes it). */
    public AnalysisReport analyze(PcmStream stream, @Nullable AnalysisProgress progress) throws AudioDecodeException {
        return analyze(stream, progress, null);
    }

    /** Analyses an open stream to its end (the caller closes it) within the DJ's BPM range, when one is given. */
    public AnalysisReport analyze(PcmStream stream, @Nullable AnalysisProgress progress, @Nullable BpmRange range)
            throws AudioDecodeException {
        StreamInfo info = stream.info();
        int rate = info.sampleRateHz();
        int channels = Math.max(1, info.channels());
        long declared = info.declaredFrames();
        AnalysisProgress report = progress == null ? fraction -> {} : progress;

        LoudnessAnalyzer loudness = new LoudnessAnalyzer();
        loudness.start(rate, channels, declared);
        FrontEnd frontEnd = new FrontEnd(rate, channels);
        long expectedWork = declared < 0 ? -1 : (long) (declared * frontEnd.workRate() / rate);
        TempoAnalyzer tempo = new TempoAnalyzer(range);
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
        AnalysisReport result =
                new AnalysisReport(VERSION, duration, rate, channels, beat, musicalKey, level, features, null);
        result = result.withStructure(structure.analyze(result));
        report.analysed(1.0);
        return result;
    }

    private static FeatureSeries features(
            double duration,
            SpectralFeatureAnalyzer.Result spectral,
            KeyAnalyzer key,
            TempoAnalyzer tempo,
            @Nullable Loudness loudness) {
        double hop = DisplayFeatures.hopSeconds(duration);
        int n = DisplayFeatures.frames(duration, hop);
        float[][] per = DisplayFeatures.spectral(spectral, hop, n);
        float[][] chroma = DisplayFeatures.resampleChroma(key.chroma(), key.hopSeconds(), hop, n);
        float[] onsetFrames = tempo.onsetEnvelope();
        float[] onset = DisplayFeatures.average(onsetFrames, 1 / tempo.frameRate(), hop, n);
        Map<String, FeatureSummary> summaries = FeatureSummaries.of(spectral, onsetFrames, loudness, key.chroma());
        return DisplayFeatures.series(hop, per, chroma, onset, summaries);
    }
}
