package com.soundforge.pipeline;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes a job's state on its own topic, its track's pipeline topic, its owner's and the admins' topics. */
@Component
public final class JobEvents {

    public static final String PROGRESS = "job:progress";
    public static final String COMPLETED = "job:completed";
    public static final String FAILED = "job:failed";

    private final Broadcaster broadcaster;
    private final ApplicationEventPublisher events;

    JobEvents(Broadcaster broadcaster, ApplicationEventPublisher events) {
        this.broadcaster = broadcaster;
        this.events = events;
    }

    /** Published (in the pipeline) when a stage has finished: completed, failed or skipped. */
    record StageFinished(UUID ownerId, UUID trackId, JobType type) {}

    void publish(PipelineJob job) {
        String event = switch (job.status()) {
            case COMPLETED -> COMPLETED;
            case FAILED, SKIPPED -> FAILED;
            default -> PROGRESS;
        };
        broadcaster.publish(Topics.job(job.id()), event, job);
        broadcaster.publish(Topics.trackPipeline(job.trackId()), event, job);
        broadcaster.publish(Topics.pipelines(job.ownerId()), event, job);
        broadcaster.publish(Topics.allJobs(), event, job);
        if (job.status().isFinished()) {
            events.publishEvent(new StageFinished(job.ownerId(), job.trackId(), job.type()));
        }
    }
}
