package com.soundforge.separation;

import java.util.UUID;

/**
 * Published on the track's pipeline topic ({@code track_pipeline:{trackId}}) while stems are being made
 * ({@link #PROGRESS}, percent 0–100) and when they are stored ({@link #READY}).
 */
public record StemsEvent(UUID trackId, int percent) {

    public static final String PROGRESS = "stems:progress";
    public static final String READY = "stems:ready";
}
