package com.soundforge.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.ConcurrentJobModificationException;
import org.jobrunr.storage.JobNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Hands pipeline jobs to JobRunr. A stage's first run uses the pipeline job's own id as JobRunr's id, so
 * enqueueing it twice (e.g. when a crash interrupted the previous stage's bookkeeping) runs it once.
 */
@Component
class JobQueue {

    private final JobScheduler scheduler;

    JobQueue(JobScheduler scheduler) {
        this.scheduler = scheduler;
    }

    void enqueue(UUID jobId) {
        try {
            scheduler.<PipelineRunner>enqueue(jobId, runner -> runner.run(jobId));
        } catch (ConcurrentJobModificationException alreadyQueued) {
            // the same stage was enqueued before; it runs once
        }
    }

    void enqueueAgain(UUID jobId) {
        scheduler.<PipelineRunner>enqueue(runner -> runner.run(jobId));
    }

    void enqueueLater(UUID jobId, Duration wait) {
        scheduler.<PipelineRunner>schedule(Instant.now().plus(wait), runner -> runner.run(jobId));
    }

    /** Removes a stage's first run from JobRunr's queue, if it is there. */
    void deleteQueued(UUID jobId) {
        try {
            scheduler.delete(jobId);
        } catch (JobNotFoundException notQueued) {
            // later stages are only handed to JobRunr when the stage before them completes
        }
    }
}
