package com.soundforge.daw.model;

import java.util.UUID;

/** A region of a source placed on a track: timeline position and length, source offset, gain, fades, warp. */
public record DawClip(
        UUID id,
        UUID trackId,
        String name,
        String color,
        ClipSource source,
        double position,
        double offset,
        double length,
        double gainDb,
        double fadeIn,
        FadeCurve fadeInCurve,
        double fadeOut,
        FadeCurve fadeOutCurve,
        boolean mute,
        boolean warp) {

    public static final double MIN_STRETCH = 0.25;
    public static final double MAX_STRETCH = 4;

    /**
     * How much faster than recorded the clip's source plays in a project at {@code projectBpm} (1 unwarped),
     * rounded to 6 decimals so that the browser, the media endpoints and the renderer all use the same ratio.
     */
    public double stretch(double projectBpm) {
        Double sourceBpm = source.bpm();
        if (!warp || sourceBpm == null || sourceBpm <= 0) {
            return 1;
        }
        double ratio = Math.max(MIN_STRETCH, Math.min(MAX_STRETCH, projectBpm / sourceBpm));
        return Math.round(ratio * 1e6) / 1e6;
    }

    public double end() {
        return position + length;
    }
}
