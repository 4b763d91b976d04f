package com.soundforge.daw;

import com.soundforge.daw.model.ObjectKind;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.ProjectState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The library tracks that clips play, as {@code daw_project_track} lists them for a project. */
final class ClipSourceTracks {

    private ClipSourceTracks() {}

    /**
     * The source tracks of the clips a batch added or whose source it set, as they are in the state after it (a
     * clip the same batch deleted again plays nothing).
     */
    static Set<UUID> setBy(ProjectState after, List<Operation> ops) {
        Set<UUID> tracks = new LinkedHashSet<>();
        for (Operation op : ops) {
            UUID clipId = switch (op) {
                case Operation.Add add when add.kind() == ObjectKind.CLIP -> add.id();
                case Operation.Set set when set.kind() == ObjectKind.CLIP && "source".equals(set.prop()) -> set.id();
                default -> null;
            };
            if (clipId != null) {
                after.clip(clipId).ifPresent(clip -> tracks.add(clip.source().trackId()));
            }
        }
        return tracks;
    }

    /** The source tracks of every clip of the state. */
    static Set<UUID> of(ProjectState state) {
        Set<UUID> tracks = new LinkedHashSet<>();
        state.clips().forEach(clip -> tracks.add(clip.source().trackId()));
        return tracks;
    }
}
