package com.soundforge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.soundforge.pipeline.JobStatus;
import com.soundforge.pipeline.PipelineJob;
import java.util.UUID;

/** A pipeline job on the wire, in the seed's shape. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record JobJson(
        @JsonProperty("job_id") UUID jobId,
        @JsonProperty("job_type") String jobType,
        String status,
        int progress,
        String message,
        @JsonProperty("track_id") UUID trackId,
        Result result,
        String error,
        int attempts) {

    record Result(
            @JsonProperty("output_path") String outputPath,
            @JsonProperty("file_size") Long fileSize) {}

    static JobJson of(PipelineJob job) {
        Result result = job.status() == JobStatus.COMPLETED ? new Result(job.outputPath(), job.outputBytes()) : null;
        return new JobJson(
                job.id(),
                job.type().wire(),
                job.status().wire(),
                job.progress(),
                job.message(),
                job.trackId(),
                result,
                job.error(),
                job.attempts());
    }
}
