package com.soundforge.pipeline;

import java.time.Instant;
import java.util.UUID;

/** One stage of a track's pipeline, as stored and as sent to live screens. */
public record PipelineJob(
        UUID id,
        UUID ownerId,
        UUID trackId,
        JobType type,
        int stageOrder,
        JobStatus status,
        int progress,
        String message,
        String error,
        String sourceUrl,
        String outputPath,
        Long outputBytes,
        int attempts,
        boolean cancelRequested,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant updatedAt) {

    public boolean canRetry() {
        return status == JobStatus.FAILED;
    }

    public boolean canCancel() {
        return !status.isFinished() && !cancelRequested;
    }
}
