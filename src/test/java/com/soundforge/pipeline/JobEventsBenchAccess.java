package com.soundforge.pipeline;

/**
 * For benchmarks only: publishes a job's state the way the pipeline does ({@link JobEvents#publish}, package-private),
 * so a benchmark outside this package measures the production path.
 */
public final class JobEventsBenchAccess {

    private JobEventsBenchAccess() {}

    public static void publish(JobEvents events, PipelineJob job) {
        events.publish(job);
    }
}
