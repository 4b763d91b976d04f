package com.soundforge.pipeline;

/** Job states as the seed's wire format names them, plus {@code skipped}: not run because an earlier stage failed. */
public enum JobStatus {
    QUEUED("queued"),
    DOWNLOADING("downloading"),
    PROCESSING("processing"),
    COMPLETED("completed"),
    FAILED("failed"),
    SKIPPED("skipped");

    private final String wire;

    JobStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public boolean isRunning() {
        return this == DOWNLOADING || this == PROCESSING;
    }

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED || this == SKIPPED;
    }

    public static JobStatus fromWire(String wire) {
        for (JobStatus status : values()) {
            if (status.wire.equals(wire)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown job status " + wire);
    }

    static JobStatus runningStatusOf(JobType type) {
        return type == JobType.DOWNLOAD ? DOWNLOADING : PROCESSING;
    }
}
