package com.soundforge.daw.engine;

import com.soundforge.daw.model.DawClip;
import com.soundforge.daw.model.DawTrack;
import com.soundforge.daw.model.ProjectSettings;
import java.util.List;

/** What the renderer needs of a project: its settings, tracks and clips. */
public record Arrangement(ProjectSettings settings, List<DawTrack> tracks, List<DawClip> clips) {

    public Arrangement {
        tracks = List.copyOf(tracks);
        clips = List.copyOf(clips);
    }

    public int sampleRate() {
        return settings.sampleRate();
    }

    /** The export's end: the last frame of the last clip that is not muted, 0 without any. */
    public long endFrame() {
        int rate = sampleRate();
        long end = 0;
        for (DawClip clip : clips) {
            if (!clip.mute()) {
                end = Math.max(end, Mixing.frame(clip.position(), rate) + Mixing.frame(clip.length(), rate));
            }
        }
        return end;
    }
}
