package com.soundforge.analysis;

import java.time.Instant;
import java.util.UUID;

/** The exported form of a track's analysis: readable summary values, then the full report and structure. */
record AnalysisExport(
        UUID trackId,
        String engine,
        int engineVersion,
        Instant analysedAt,
        double durationSeconds,
        Double bpm,
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
