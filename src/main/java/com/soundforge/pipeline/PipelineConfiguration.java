package com.soundforge.pipeline;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PipelineConfiguration {

    /** Sends the trailing progress message of a burst; one thread is plenty for ≤10 messages/s per job. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService pipelineProgressScheduler() {
        return Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("pipeline-progress").factory());
    }
}
