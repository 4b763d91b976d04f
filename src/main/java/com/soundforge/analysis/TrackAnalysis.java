package com.soundforge.analysis;

import java.time.Instant;
import java.util.UUID;

/**
 * What the analysis stages found out about a track, and which engine version found it.
 *
 * @param report    the engine's full result; null for analyses stored before the engine existed
 * @param structure the auto-cue result (sections, cues, loops); null until the auto-cue stage ran
 */
public record TrackAnalysis(
        UUID trackId,
        String engine,
        int engineVersion,
        Levels levels,
        Instant analysedAt,
        AnalysisReport report,
        Structure structure) {

    public boolean hasTempo() {
        return report != null && report.tempo() != null;
    }
}
