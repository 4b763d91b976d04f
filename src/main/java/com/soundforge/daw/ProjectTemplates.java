package com.soundforge.daw;

import com.soundforge.daw.model.DawClip;
import com.soundforge.daw.model.DawMarker;
import com.soundforge.daw.model.DawTrack;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.daw.model.ObjectCodec;
import com.soundforge.daw.model.ObjectKind;
import com.soundforge.daw.model.OpBatch;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.daw.model.SourceLookup.SourceFacts;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.Stem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The operations that make a new project: empty, from a track's stems, with one track, or a copy of another. */
@Component
class ProjectTemplates {

    private static final Map<String, String> STEM_COLORS =
            Map.of("vocals", "#e06c75", "drums", "#e5c07b", "bass", "#61afef", "other", "#98c379");
    private static final double MIN_BPM = 20;
    private static final double MAX_BPM = 999;

    private final LibrarySources sources;
    private final SeparationService separation;

    ProjectTemplates(LibrarySources sources, SeparationService separation) {
        this.sources = sources;
        this.separation = separation;
    }

    List<Operation> named(String name) {
        return List.of(project("name", name));
    }

    List<Operation> fromStems(UUID ownerId, UUID libraryTrackId) {
        SourceFacts mix = facts(ownerId, libraryTrackId, null);
        List<Stem> stems = separation.stems(ownerId, libraryTrackId);
        if (stems.isEmpty()) {
            throw new InvalidOperationException("This track has no stems yet: separate it first.");
        }
        List<Operation> ops = new ArrayList<>(start(mix.title() + " (stems)", mix.bpm()));
        int order = 1;
        for (Stem stem : stems) {
            String name = stem.type().wire();
            ops.addAll(trackWithClip(
                    name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1),
                    STEM_COLORS.getOrDefault(name, "#c678dd"),
                    order++,
                    libraryTrackId,
                    name));
        }
        return ops;
    }

    List<Operation> withTrack(UUID ownerId, UUID libraryTrackId) {
        SourceFacts mix = facts(ownerId, libraryTrackId, null);
        List<Operation> ops = new ArrayList<>(start(mix.title(), mix.bpm()));
        ops.addAll(trackWithClip(mix.title(), "#4a90d9", 1, libraryTrackId, null));
        return ops;
    }

    OpBatch addTrack(ProjectState state, UUID ownerId, UUID libraryTrackId) {
        SourceFacts mix = facts(ownerId, libraryTrackId, null);
        double order =
                state.tracks().stream().mapToDouble(DawTrack::order).max().orElse(0) + 1;
        return new OpBatch(UUID.randomUUID(), trackWithClip(mix.title(), "#4a90d9", order, libraryTrackId, null));
    }

    /** Every object of a project as adds, and its settings as sets: replaying them rebuilds it. */
    List<Operation> copyOf(ProjectState state) {
        List<Operation> ops = new ArrayList<>();
        Map<String, @Nullable Object> settings = ObjectCodec.settingsMap(state.settings());
        settings.put("name", copyName(state.settings().name()));
        settings.forEach((prop, value) -> ops.add(new Operation.Set(ObjectKind.PROJECT, null, prop, value)));
        Map<UUID, UUID> trackIds = new LinkedHashMap<>();
        for (DawTrack track : state.tracks()) {
            UUID id = UUID.randomUUID();
            trackIds.put(track.id(), id);
            ops.add(new Operation.Add(ObjectKind.TRACK, id, withoutId(ObjectCodec.trackMap(track))));
        }
        for (DawClip clip : state.clips()) {
            Map<String, @Nullable Object> value = withoutId(ObjectCodec.clipMap(clip));
            value.put("trackId", String.valueOf(trackIds.get(clip.trackId())));
            ops.add(new Operation.Add(ObjectKind.CLIP, UUID.randomUUID(), value));
        }
        for (DawMarker marker : state.markers()) {
            ops.add(new Operation.Add(ObjectKind.MARKER, UUID.randomUUID(), withoutId(ObjectCodec.markerMap(marker))));
        }
        return ops;
    }

    private List<Operation> start(String name, @Nullable Double bpm) {
        List<Operation> ops = new ArrayList<>();
        ops.add(project("name", shorten(name)));
        if (bpm != null && bpm >= MIN_BPM && bpm <= MAX_BPM) {
            ops.add(project("bpm", Math.round(bpm * 100) / 100.0));
        }
        return ops;
    }

    private static List<Operation> trackWithClip(
            String name, String color, double order, UUID libraryTrackId, @Nullable String stem) {
        UUID trackId = UUID.randomUUID();
        Map<String, @Nullable Object> track = new LinkedHashMap<>();
        track.put("name", shorten(name));
        track.put("color", color);
        track.put("order", order);
        Map<String, @Nullable Object> source = new LinkedHashMap<>();
        source.put("trackId", libraryTrackId.toString());
        source.put("stem", stem);
        Map<String, @Nullable Object> clip = new LinkedHashMap<>();
        clip.put("trackId", trackId.toString());
        clip.put("source", source);
        clip.put("color", color);
        return List.of(
                new Operation.Add(ObjectKind.TRACK, trackId, track),
                new Operation.Add(ObjectKind.CLIP, UUID.randomUUID(), clip));
    }

    private SourceFacts facts(UUID ownerId, UUID libraryTrackId, @Nullable String stem) {
        return sources.find(ownerId, libraryTrackId, stem)
                .orElseThrow(() -> new InvalidOperationException("No such track in your library."));
    }

    private static Operation project(String prop, Object value) {
        return new Operation.Set(ObjectKind.PROJECT, null, prop, value);
    }

    private static Map<String, @Nullable Object> withoutId(Map<String, @Nullable Object> map) {
        map.remove("id");
        return map;
    }

    private static String copyName(String name) {
        return shorten(name + " (copy)");
    }

    private static String shorten(String name) {
        String text = name.isBlank() ? "Untitled" : name.strip();
        return text.length() <= 100 ? text : text.substring(0, 100);
    }
}
