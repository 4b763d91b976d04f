package com.soundforge.pipeline;

import com.soundforge.channel.ChannelTopic;
import com.soundforge.channel.JoinDecision;
import com.soundforge.channel.OutboundEvent;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The channel topic {@code jobs:{job_id}} of seed 001: only the job's owner (or an admin) may join. The join reply
 * carries the job's current progress, so a client that joins late starts from the right state; then
 * {@code job:progress}, {@code job:completed} and {@code job:failed} follow live. Jobs of other features
 * ({@link OtherJobs}, e.g. DAW exports) are followed the same way.
 */
@Component
class JobsChannelTopic implements ChannelTopic {

    private static final String PREFIX = "jobs:";

    private final PipelineService pipelines;
    private final List<OtherJobs> others;

    JobsChannelTopic(PipelineService pipelines, List<OtherJobs> others) {
        this.pipelines = pipelines;
        this.others = others;
    }

    @Override
    public boolean handles(String topic) {
        return topic.startsWith(PREFIX);
    }

    @Override
    public JoinDecision join(UserAccount user, String topic, Map<String, Object> params) {
        UUID jobId;
        try {
            jobId = UUID.fromString(topic.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return JoinDecision.error("not found");
        }
        try {
            PipelineJob job = pipelines.job(user, jobId);
            return JoinDecision.ok(List.of(Topics.job(jobId)), progress(job));
        } catch (JobNotFoundException e) {
            return otherJob(user, jobId);
        } catch (JobAccessDeniedException e) {
            return JoinDecision.error("unauthorized");
        }
    }

    private JoinDecision otherJob(UserAccount user, UUID jobId) {
        try {
            for (OtherJobs jobs : others) {
                Optional<Map<String, Object>> current = jobs.current(user, jobId);
                if (current.isPresent()) {
                    return JoinDecision.ok(List.of(Topics.job(jobId)), current.get());
                }
            }
            return JoinDecision.error("not found");
        } catch (JobAccessDeniedException e) {
            return JoinDecision.error("unauthorized");
        }
    }

    @Override
    public Optional<OutboundEvent> translate(TopicMessage message) {
        if (message.payload() instanceof Map<?, ?> otherJob) {
            return Optional.of(new OutboundEvent(message.event(), otherJob));
        }
        if (!(message.payload() instanceof PipelineJob job)) {
            return Optional.empty();
        }
        return Optional.of(
                switch (message.event()) {
                    case JobEvents.COMPLETED -> new OutboundEvent(JobEvents.COMPLETED, completed(job));
                    case JobEvents.FAILED -> new OutboundEvent(JobEvents.FAILED, failed(job));
                    default -> new OutboundEvent(JobEvents.PROGRESS, progress(job));
                });
    }

    static Map<String, Object> progress(PipelineJob job) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job_id", job.id().toString());
        json.put("status", job.status().wire());
        json.put("progress", job.progress());
        json.put("message", job.message());
        return json;
    }

    static Map<String, Object> completed(PipelineJob job) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("output_path", job.outputPath());
        result.put("file_size", job.outputBytes());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job_id", job.id().toString());
        json.put("job_type", job.type().wire());
        json.put("track_id", job.trackId().toString());
        json.put("result", result);
        return json;
    }

    static Map<String, Object> failed(PipelineJob job) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job_id", job.id().toString());
        json.put("job_type", job.type().wire());
        json.put("error", job.error());
        return json;
    }
}
