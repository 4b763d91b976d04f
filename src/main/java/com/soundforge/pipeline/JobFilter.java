package com.soundforge.pipeline;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What the admin job list shows: empty sets and nulls mean "any".
 *
 * @param text matched against the job's message, error, source URL and ids
 */
public record JobFilter(
        Set<JobStatus> statuses, Set<JobType> types, UUID ownerId, Instant from, Instant to, String text) {

    public static JobFilter any() {
        return new JobFilter(Set.of(), Set.of(), null, null, null, null);
    }
}
