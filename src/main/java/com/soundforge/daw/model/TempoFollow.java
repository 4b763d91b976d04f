package com.soundforge.daw.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The operations that make a project's clips follow an edit of a library track's beat grid: every clip playing
 * the track (or one of its stems) gets the new bpm and first beat in its source. A warped clip keeps the stretch
 * of its source it plays (the same audio from the same offset) and so its musical length: what it holds is now
 * measured at the corrected tempo, so its timeline length (and its fades) scale by old stretch / new stretch. At a
 * ×2 correction a warped 8-beat phrase that the wrong 62.5 BPM had squeezed into 4 beats of a 125 BPM project
 * spans 8 beats again. An unwarped clip plays as before. Position and offset never move: the audio stays where
 * the producer put it, only the grid read from it changed.
 */
public final class TempoFollow {

    private TempoFollow() {}

    /** The operations for {@code state}; empty when no clip plays the track or all already have this tempo. */
    public static List<Operation> ops(
            ProjectState state, UUID sourceTrackId, @Nullable Double bpm, @Nullable Double firstBeat) {
        List<Operation> ops = new ArrayList<>();
        if (bpm == null || bpm <= 0) {
            return ops;
        }
        double projectBpm = state.settings().bpm();
        for (DawClip clip : state.clips()) {
            ClipSource source = clip.source();
            if (!source.trackId().equals(sourceTrackId)
                    || (Objects.equals(source.bpm(), bpm) && Objects.equals(source.firstBeat(), firstBeat))) {
                continue;
            }
            ClipSource next = new ClipSource(source.trackId(), source.stem(), source.duration(), bpm, firstBeat);
            ops.add(new Operation.Set(ObjectKind.CLIP, clip.id(), "source", ObjectCodec.sourceMap(next)));
            ClipBuilder b = new ClipBuilder(clip);
            b.source = next;
            double before = clip.stretch(projectBpm);
            double after = b.build().stretch(projectBpm);
            if (before != after) {
                double scale = before / after;
                ops.add(set(
                        clip,
                        "length",
                        Math.clamp(clip.length() * scale, DawClipRules.MIN_LENGTH, Values.MAX_SECONDS)));
                if (clip.fadeIn() > 0) {
                    ops.add(set(clip, "fadeIn", clip.fadeIn() * scale));
                }
                if (clip.fadeOut() > 0) {
                    ops.add(set(clip, "fadeOut", clip.fadeOut() * scale));
                }
            }
        }
        return ops;
    }

    private static Operation set(DawClip clip, String prop, double value) {
        return new Operation.Set(ObjectKind.CLIP, clip.id(), prop, value);
    }
}
