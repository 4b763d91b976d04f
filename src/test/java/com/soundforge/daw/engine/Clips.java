package com.soundforge.daw.engine;

import com.soundforge.daw.model.ClipSource;
import com.soundforge.daw.model.DawClip;
import com.soundforge.daw.model.DawTrack;
import com.soundforge.daw.model.FadeCurve;
import com.soundforge.daw.model.Meter;
import com.soundforge.daw.model.ProjectSettings;
import java.util.List;
import java.util.UUID;

/** Builds tracks, clips and arrangements for engine tests, with the README's defaults. */
final class Clips {

    static final int RATE = 48_000;

    private Clips() {}

    static DawTrack track() {
        return track(0, 0, false, false);
    }

    static DawTrack track(double volumeDb, double pan, boolean mute, boolean solo) {
        return new DawTrack(UUID.randomUUID(), "Track", "#e06c75", volumeDb, pan, mute, solo, 1);
    }

    static DawClip clip(DawTrack track, UUID source, double position, double offset, double length) {
        return new DawClip(
                UUID.randomUUID(),
                track.id(),
                "Clip",
                "#e06c75",
                new ClipSource(source, null, 600, 100.0, 0.0),
                position,
                offset,
                length,
                0,
                0,
                FadeCurve.LINEAR,
                0,
                FadeCurve.LINEAR,
                false,
                false);
    }

    static DawClip withGain(DawClip c, double gainDb) {
        return new DawClip(
                c.id(),
                c.trackId(),
                c.name(),
                c.color(),
                c.source(),
                c.position(),
                c.offset(),
                c.length(),
                gainDb,
                c.fadeIn(),
                c.fadeInCurve(),
                c.fadeOut(),
                c.fadeOutCurve(),
                c.mute(),
                c.warp());
    }

    static DawClip withFades(DawClip c, double fadeIn, FadeCurve in, double fadeOut, FadeCurve out) {
        return new DawClip(
                c.id(),
                c.trackId(),
                c.name(),
                c.color(),
                c.source(),
                c.position(),
                c.offset(),
                c.length(),
                c.gainDb(),
                fadeIn,
                in,
                fadeOut,
                out,
                c.mute(),
                c.warp());
    }

    static DawClip muted(DawClip c) {
        return new DawClip(
                c.id(),
                c.trackId(),
                c.name(),
                c.color(),
                c.source(),
                c.position(),
                c.offset(),
                c.length(),
                c.gainDb(),
                c.fadeIn(),
                c.fadeInCurve(),
                c.fadeOut(),
                c.fadeOutCurve(),
                true,
                c.warp());
    }

    static DawClip warped(DawClip c) {
        return new DawClip(
                c.id(),
                c.trackId(),
                c.name(),
                c.color(),
                c.source(),
                c.position(),
                c.offset(),
                c.length(),
                c.gainDb(),
                c.fadeIn(),
                c.fadeInCurve(),
                c.fadeOut(),
                c.fadeOutCurve(),
                c.mute(),
                true);
    }

    static Arrangement arrangement(double bpm, double masterDb, List<DawTrack> tracks, List<DawClip> clips) {
        ProjectSettings settings = new ProjectSettings("Test", bpm, Meter.FOUR_FOUR, RATE, masterDb, null, false);
        return new Arrangement(settings, tracks, clips);
    }

    static Arrangement arrangement(List<DawTrack> tracks, List<DawClip> clips) {
        return arrangement(120, 0, tracks, clips);
    }
}
