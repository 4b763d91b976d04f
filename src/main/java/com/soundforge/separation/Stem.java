package com.soundforge.separation;

import java.time.Instant;
import java.util.UUID;

/** One stored stem of a track, with the engine and model that made it. */
public record Stem(
        UUID trackId,
        StemType type,
        String engine,
        String model,
        long frames,
        int sampleRateHz,
        long sizeBytes,
        Instant createdAt) {}
