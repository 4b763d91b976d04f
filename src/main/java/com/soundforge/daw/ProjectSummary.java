package com.soundforge.daw;

import java.time.Instant;
import java.util.UUID;

/** A project as its list shows it, with the role of the user the list is for. */
public record ProjectSummary(
        UUID id,
        UUID ownerId,
        String name,
        double bpm,
        String meter,
        int sampleRate,
        long seq,
        int tracks,
        int clips,
        Instant createdAt,
        Instant updatedAt,
        ProjectRole role) {

    static ProjectSummary of(DawRepository.StoredProject p, ProjectRole role) {
        return new ProjectSummary(
                p.id(),
                p.ownerId(),
                p.name(),
                p.bpm(),
                p.meter(),
                p.sampleRate(),
                p.seq(),
                p.trackCount(),
                p.clipCount(),
                p.createdAt().toInstant(),
                p.updatedAt().toInstant(),
                role);
    }
}
