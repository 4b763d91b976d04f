package com.soundforge.pipeline;

import com.soundforge.security.UserAccount;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Background jobs of other features (a DAW export) that clients follow on the channel topic {@code jobs:{id}} like
 * pipeline jobs: their messages on {@link com.soundforge.realtime.Topics#job} carry the job's JSON as a map.
 */
public interface OtherJobs {

    /**
     * The job's current JSON for a client joining its topic; empty when this feature has no such job.
     *
     * @throws JobAccessDeniedException when the job is someone else's
     */
    Optional<Map<String, Object>> current(UserAccount user, UUID jobId);
}
