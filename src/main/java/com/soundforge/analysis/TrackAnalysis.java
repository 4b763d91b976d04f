package com.soundforge.analysis;

import java.time.Instant;
import java.util.UUID;

/**
 * What the analysis stages found out about a track, and which engine version found it, with the owner's edit of
 * the beat grid in effect.
 *
 * @param report    the engine's full result, its tempo being the effective one (the owner's edited grid when
 *                  {@code edited} is set); null for analyses stored before the engine existed
 * @param structure the auto-cue result (sections, cues, loops), derived from the effective grid; null until the
 *                  auto-cue stage ran
 * @param edited    the owner's edit of the beat grid, or null when the grid is the engine's
 */
public record TrackAnalysis(
        UUID trackId,
        String engine,
        int engineVersion,
        Levels levels,
        Instant analysedAt,
        AnalysisReport report,
        Structure structure,
        EditedTempo edited) {

    public TrackAnalysis(
            UUID trackId,
            String engine,
            int engineVersion,
            Levels levels,
            Instant analysedAt,
            AnalysisReport report,
            Structure structure) {
        this(trackId, engine, engineVersion, levels, analysedAt, report, structure, null);
    }

    public boolean hasTempo() {
        return report != null && report.tempo() != null;
    }

    public BpmSource bpmSource() {
        return BpmSource.of(edited != null);
    }

    /** The engine's own tempo, whatever the owner made of it (null when it found none). */
    public Tempo analysedTempo() {
        return edited != null ? edited.analysed() : report == null ? null : report.tempo();
    }
}
