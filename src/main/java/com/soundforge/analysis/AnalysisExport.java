package com.soundforge.analysis;

import java.time.Instant;
import java.util.UUID;

/**
 * The exported form of a track's analysis: readable summary values, then the full report and structure. {@code bpm}
 * and the report's tempo are the effective ones ({@code bpm_source} "analysed" or "edited"; {@code analysed_bpm} is
 * the engine's either way).
 */
record AnalysisExport(
        UUID trackId,
        String engine,
        int engineVersion,
        Instant analysedAt,
        double durationSeconds,
        Double bpm,
        String bpmSource,
        Double analysedBpm,
        String key,
        String camelot,
        String openKey,
        Double integratedLufs,
        Double loudnessRangeLu,
        Double truePeakDbtp,
        AnalysisReport report,
        Structure structure) {

    static AnalysisExport of(TrackAnalysis a) {
        AnalysisReport r = a.report();
        MusicalKey key = r.key();
        Loudness loudness = r.loudness();
        return new AnalysisExport(
                a.trackId(),
                a.engine(),
                a.engineVersion(),
                a.analysedAt(),
                r.durationSeconds(),
                r.tempo() == null ? null : r.tempo().bpm(),
                r.tempo() == null ? null : a.bpmSource().wire(),
                a.analysedTempo() == null ? null : a.analysedTempo().bpm(),
                key == null ? null : key.name(),
                key == null ? null : key.camelot(),
                key == null ? null : key.openKey(),
                loudness == null ? null : loudness.integratedLufs(),
                loudness == null ? null : loudness.rangeLu(),
                loudness == null ? null : loudness.truePeakDbtp(),
                r,
                a.structure());
    }
}
