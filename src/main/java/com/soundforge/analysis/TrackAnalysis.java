package com.soundforge.analysis;

import java.time.Instant;
import java.util.UUID;

/** What the analysis stage found out about a track, and which engine version found it. */
public record TrackAnalysis(UUID trackId, String engine, int engineVersion, Levels levels, Instant analysedAt) {
}
