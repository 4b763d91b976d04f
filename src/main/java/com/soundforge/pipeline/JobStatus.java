package com.soundforge.pipeline;

/** Job states as the seed's wire format names them. */
public enum JobStatus {
    QUEUED("queued"), DOWNLOADING("downloading"), PROCESSING("processing"), COMPLETED("completed"),
    FAILED("failed");

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
        return this == COMPLETED || this == FAILED;
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
