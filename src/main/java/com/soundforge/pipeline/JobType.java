package com.soundforge.pipeline;

/** Stage kinds, in pipeline order; {@link #wire()} is the name on the channel and REST APIs. */
public enum JobType {
    DOWNLOAD("download"),
    PROCESSING("processing"),
    ANALYSIS("analysis"),
    AUTOCUE("autocue");

    private final String wire;

    JobType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static JobType fromWire(String wire) {
        for (JobType type : values()) {
            if (type.wire.equals(wire)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown job type " + wire);
    }
}
