package com.soundforge.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxAttempts      tries per stage before it fails for good
 * @param retryBackoff     wait before the second try; doubled for each further one
 * @param progressInterval the shortest time between two progress messages of one job
 * @param startOnUpload    whether an uploaded track's pipeline (analysis…) starts by itself
 * @param maxRunningPerUser how many stages of one user may run at once, so that one user's imports cannot hold
 *                          every worker while other users' stages wait
 */
@ConfigurationProperties("sfa.pipeline")
public record PipelineProperties(
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("10s") Duration retryBackoff,
        @DefaultValue("100ms") Duration progressInterval,
        @DefaultValue("true") boolean startOnUpload,
        @DefaultValue("2") int maxRunningPerUser) {

    Duration backoffBeforeAttempt(int attempt) {
        return retryBackoff.multipliedBy(1L << Math.max(0, Math.min(20, attempt - 2)));
    }
}
