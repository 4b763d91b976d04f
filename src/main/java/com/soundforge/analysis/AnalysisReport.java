package com.soundforge.analysis;

/**
 * Everything the analysis engine found out about one piece of audio. A part is null when the engine could not
 * determine it (no tempo in silence, no key in white noise...).
 *
 * @param engineVersion bumped whenever results change, so stored analyses of an older engine can be redone
 */
public record AnalysisReport(
        int engineVersion,
        double durationSeconds,
        int sampleRateHz,
        int channels,
        Tempo tempo,
        MusicalKey key,
        Loudness loudness,
        FeatureSeries features,
        Structure structure) {

    public AnalysisReport withStructure(Structure newStructure) {
        return new AnalysisReport(
                engineVersion, durationSeconds, sampleRateHz, channels, tempo, key, loudness, features, newStructure);
    }

    public AnalysisReport withTempo(Tempo newTempo) {
        return new AnalysisReport(
                engineVersion, durationSeconds, sampleRateHz, channels, newTempo, key, loudness, features, structure);
    }
}
