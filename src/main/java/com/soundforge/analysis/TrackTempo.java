package com.soundforge.analysis;

import java.time.Instant;
import java.util.UUID;

/**
 * A track's effective tempo and beat grid, and where it comes from.
 *
 * @param tempo       the effective grid (the owner's edit when {@code source} is {@code EDITED}); null when the
 *                    track has no tempo
 * @param analysedBpm the engine's BPM, whatever the owner made of it; null when it found none
 * @param editedAt    when the owner last edited the grid; null for the analysed grid
 */
public record TrackTempo(UUID trackId, Tempo tempo, BpmSource source, Double analysedBpm, Instant editedAt) {

    public static TrackTempo of(TrackAnalysis analysis) {
        Tempo analysed = analysis.analysedTempo();
        return new TrackTempo(
                analysis.trackId(),
                analysis.report() == null ? null : analysis.report().tempo(),
                analysis.bpmSource(),
                analysed == null ? null : analysed.bpm(),
                analysis.edited() == null ? null : analysis.edited().editedAt());
    }

    public Double bpm() {
        return tempo == null ? null : tempo.bpm();
    }
}
