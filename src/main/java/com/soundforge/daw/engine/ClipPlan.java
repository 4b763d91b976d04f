package com.soundforge.daw.engine;

import com.soundforge.daw.model.DawClip;

/** A clip in frames at the project rate, as the mixing rules place it: P, N, O, gain and fade lengths. */
record ClipPlan(
        DawClip clip,
        int trackIndex,
        long position,
        long length,
        long offset,
        double gain,
        long fadeIn,
        long fadeOut,
        double stretch) {

    static ClipPlan of(DawClip clip, int trackIndex, int rate, double projectBpm) {
        double stretch = PreparedStreamCache.roundedStretch(clip.stretch(projectBpm));
        long length = Mixing.frame(clip.length(), rate);
        long fadeIn = Math.min(Mixing.frame(clip.fadeIn(), rate), length);
        long fadeOut = Math.min(Mixing.frame(clip.fadeOut(), rate), length - fadeIn);
        return new ClipPlan(
                clip,
                trackIndex,
                Mixing.frame(clip.position(), rate),
                length,
                Math.round(clip.offset() * rate / stretch),
                Mixing.gain(clip.gainDb()),
                fadeIn,
                fadeOut,
                stretch);
    }

    long end() {
        return position + length;
    }

    /** The fade gain at clip frame {@code n}. */
    double fade(long n) {
        if (n < fadeIn) {
            return clip.fadeInCurve().gain((double) n / fadeIn);
        }
        if (n >= length - fadeOut) {
            return clip.fadeOutCurve().gain((double) (length - n) / fadeOut);
        }
        return 1;
    }
}
