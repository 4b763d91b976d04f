package com.soundforge.daw.export;

import java.util.Arrays;

/** Where an export is, with the wire names of pipeline jobs. */
public enum DawExportStatus {
    QUEUED("queued"),
    PROCESSING("processing"),
    COMPLETED("completed"),
    FAILED("failed");

    private final String wire;

    DawExportStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }

    static DawExportStatus fromWire(String wire) {
        return Arrays.stream(values())
                .filter(s -> s.wire.equals(wire))
                .findFirst()
                .orElseThrow();
    }
}
