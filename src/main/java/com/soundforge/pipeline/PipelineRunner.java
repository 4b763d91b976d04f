package com.soundforge.pipeline;

import com.soundforge.realtime.Throttle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Runs one pipeline job; JobRunr calls {@link #run(UUID)}. Checks state first, so a duplicate delivery or a re-run
 * after a crash does no harm; counts attempts, schedules retries with exponential backoff, and starts the next
 * stage when this one completes.
 */
@Component
public class PipelineRunner {

    private static final Logger log = LoggerFactory.getLogger(PipelineRunner.class);
    private static final Duration OWN_STAGES_WAIT = Duration.ofSeconds(5);

    private final PipelineJobRepository jobs;
    private final JobEvents events;
    private final JobQueue queue;
    private final PipelineProperties properties;
    private final ScheduledExecutorService progressScheduler;
    private final Map<JobType, PipelineStage> stages;
    private final UserSlots userSlots;

    PipelineRunner(
            PipelineJobRepository jobs,
            JobEvents events,
            JobQueue queue,
            PipelineProperties properties,
            @Qualifier("pipelineProgressScheduler") ScheduledExecutorService progressScheduler,
            java.util.List<PipelineStage> stages) {
        this.jobs = jobs;
        this.events = events;
        this.queue = queue;
        this.properties = properties;
        this.progressScheduler = progressScheduler;
        this.stages = stages.stream().collect(Collectors.toMap(PipelineStage::type, Function.identity()));
        this.userSlots = new UserSlots(properties.maxRunningPerUser());
    }

    public void run(UUID jobId) {
        PipelineJob job = jobs.find(jobId).orElse(null);
        if (job == null || job.status().isFinished()) {
            return;
        }
        if (job.cancelRequested()) {
            fail(job, new JobCancelledException().getMessage());
            return;
        }
        PipelineStage stage = stages.get(job.type());
        if (stage == null) {
            fail(job, "No engine is installed for the " + job.type().wire() + " stage.");
            return;
        }
        if (!userSlots.tryAcquire(job.ownerId())) {
            waitForOwnStages(job);
            return;
        }
        try {
            if (job.status().isRunning()) {
                jobs.log(jobId, "WARN", "Resuming after an interruption (the server stopped during this stage)");
            }
            if (!jobs.markStarted(jobId, JobStatus.runningStatusOf(job.type()), "Starting…")) {
                return;
            }
            publishCurrent(jobId);
            execute(stage, jobs.find(jobId).orElseThrow());
        } finally {
            userSlots.release(job.ownerId());
        }
    }

    /** The owner already has their share of workers busy: this stage waits its turn and holds no worker meanwhile. */
    private void waitForOwnStages(PipelineJob job) {
        if (jobs.noteWaiting(job.id(), "Waiting: " + userSlots.perUser() + " of your stages are running")) {
            publishCurrent(job.id());
        }
        queue.enqueueLater(job.id(), OWN_STAGES_WAIT);
    }

    private void execute(PipelineStage stage, PipelineJob job) {
        Throttle<StageContext.Progress> throttle = new Throttle<>(
                properties.progressInterval(),
                progress -> {
                    jobs.updateProgress(job.id(), progress.percent(), progress.message());
                    publishCurrent(job.id());
                },
                progressScheduler);
        StageContext context = new StageContext(job, jobs, throttle);
        try {
            StageResult result = stage.run(context);
            context.finishProgress();
            if (!result.skipRest()) {
                startNextStage(job);
            }
            jobs.markCompleted(job.id(), result.message(), result.outputPath(), result.outputBytes());
            jobs.log(job.id(), "INFO", "Completed: " + result.message());
            publishCurrent(job.id());
        } catch (JobCancelledException e) {
            context.finishProgress();
            fail(job, e.getMessage());
        } catch (Exception e) {
            context.finishProgress();
            handleFailure(job, e);
        }
    }

    private void handleFailure(PipelineJob job, Exception e) {
        String error = FailureMessages.describe(e);
        log.warn("Pipeline job {} ({}) attempt failed", job.id(), job.type().wire(), e);
        jobs.log(job.id(), "ERROR", error);
        PipelineJob current = jobs.find(job.id()).orElse(null);
        if (current == null) {
            return;
        }
        if (current.attempts() < properties.maxAttempts() && FailureMessages.isTransient(e)) {
            Duration wait = properties.backoffBeforeAttempt(current.attempts() + 1);
            jobs.markRetrying(
                    job.id(),
                    "Attempt " + current.attempts() + " of " + properties.maxAttempts() + " failed; retrying in "
                            + wait.toSeconds() + " s",
                    error);
            publishCurrent(job.id());
            queue.enqueueLater(job.id(), wait);
        } else {
            log.info("Pipeline job {} ({}) failed: {}", job.id(), job.type().wire(), error);
            fail(current, error);
        }
    }

    /** Fails the stage, and marks the stages waiting after it as not run so that nothing waits forever. */
    private void fail(PipelineJob job, String error) {
        String reason = "Not run: the " + job.type().wire() + " stage failed.";
        List<UUID> skipped = jobs.markFailedAndSkipWaiting(job, error, reason);
        publishCurrent(job.id());
        skipped.forEach(this::publishCurrent);
    }

    private void startNextStage(PipelineJob job) {
        jobs.findNextStage(job.trackId(), job.stageOrder()).ifPresent(next -> {
            if (next.status() == JobStatus.COMPLETED) {
                return;
            }
            if (next.status() == JobStatus.FAILED || next.status() == JobStatus.SKIPPED) {
                jobs.resetForRetry(next.id());
                queue.enqueueAgain(next.id());
            } else if (next.status() == JobStatus.QUEUED && next.startedAt() != null) {
                // queued again for a re-run: its first JobRunr job (same id) already ran, so it needs a new one
                queue.enqueueAgain(next.id());
            } else {
                queue.enqueue(next.id());
            }
        });
    }

    private void publishCurrent(UUID jobId) {
        jobs.find(jobId).ifPresent(events::publish);
    }
}
