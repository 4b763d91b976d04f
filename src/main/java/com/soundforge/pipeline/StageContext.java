package com.soundforge.pipeline;

import com.soundforge.realtime.Throttle;

/**
 * What a running stage sees of its job: progress reports (coalesced, the last one always delivered), log lines,
 * and cancellation, which surfaces as a {@link JobCancelledException} from {@link #progress}.
 */
final class StageContext {

    private static final long CANCEL_CHECK_NANOS = 250_000_000L;

    private final PipelineJob job;
    private final PipelineJobRepository jobs;
    private final Throttle<Progress> throttle;
    private long lastCancelCheck;
    private int lastPercent = -1;

    record Progress(int percent, String message) {}

    StageContext(PipelineJob job, PipelineJobRepository jobs, Throttle<Progress> throttle) {
        this.job = job;
        this.jobs = jobs;
        this.throttle = throttle;
    }

    PipelineJob job() {
        return job;
    }

    void progress(int percent, String message) {
        int clamped = Math.max(0, Math.min(99, percent));
        checkCancelled();
        if (clamped != lastPercent) {
            lastPercent = clamped;
            throttle.offer(new Progress(clamped, message));
        }
    }

    void log(String line) {
        jobs.log(job.id(), "INFO", line);
    }

    void checkCancelled() {
        long now = System.nanoTime();
        if (now - lastCancelCheck >= CANCEL_CHECK_NANOS) {
            lastCancelCheck = now;
            if (jobs.isCancelRequested(job.id())) {
                throw new JobCancelledException();
            }
        }
    }

    void finishProgress() {
        throttle.flush();
    }
}
