package com.soundforge.daw.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Applies a batch of operations to a project, all or none: each operation is checked against the state the ones
 * before it left, and the first refusal throws with its position and reason while the given state stays as it
 * was. The result carries the operations as applied (an added object with every property, its source filled in),
 * which is what the log stores and every screen receives.
 */
public final class Operations {

    public static final int MAX_TRACKS = 128;
    public static final int MAX_CLIPS = 20_000;
    public static final int MAX_MARKERS = 1_000;

    private final SourceLookup sources;
    private final boolean replaying;
    private final boolean sourceTempo;

    /**
     * Operations from users: a clip's source is looked up in the library of the user who makes the change, or is
     * one that a clip of the project already plays (a collaborator may copy the owner's material, not reach the
     * rest of their library).
     */
    public Operations(SourceLookup sources) {
        this(sources, false, false);
    }

    private Operations(SourceLookup sources, boolean replaying, boolean sourceTempo) {
        this.sources = sources;
        this.replaying = replaying;
        this.sourceTempo = sourceTempo;
    }

    /**
     * Operations from the log, as applied before: an added clip keeps the source facts it was logged with (even
     * if its library track is gone since), so replaying the log rebuilds exactly the state it built then.
     */
    public static Operations replaying() {
        return new Operations((owner, track, stem) -> java.util.Optional.empty(), true, true);
    }

    /**
     * The server's own operations that make clips follow an edit of their source's beat grid ({@link TempoFollow}):
     * besides the users' operations, these may set a clip's {@code source} to the same source with another tempo.
     */
    public static Operations followingTempo() {
        return new Operations((owner, track, stem) -> java.util.Optional.empty(), false, true);
    }

    /** A batch's result: the project after it, and its operations as applied. */
    public record Applied(ProjectState state, List<Operation> ops) {}

    public Applied apply(ProjectState before, UUID actorId, List<Operation> ops) {
        ProjectState state = before.copy();
        List<Operation> applied = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            try {
                applied.add(applyOne(state, actorId, ops.get(i)));
            } catch (InvalidOperationException e) {
                throw new InvalidOperationException(i, "Operation " + (i + 1) + ": " + e.reason());
            }
        }
        state.seq(before.seq() + ops.size());
        return new Applied(state, List.copyOf(applied));
    }

    private Operation applyOne(ProjectState state, UUID actorId, Operation op) {
        return switch (op) {
            case Operation.Add add -> add(state, actorId, add);
            case Operation.Set set -> set(state, set);
            case Operation.Delete delete -> delete(state, delete);
        };
    }

    private Operation add(ProjectState state, UUID actorId, Operation.Add add) {
        UUID id = add.id();
        Map<String, @Nullable Object> value = add.value();
        if (value.containsKey("id") && !id.toString().equals(value.get("id"))) {
            throw new InvalidOperationException("The value's id differs from the operation's id.");
        }
        return switch (add.kind()) {
            case PROJECT -> throw new InvalidOperationException("A project cannot be added by an operation.");
            case TRACK -> {
                refuseExisting(state.track(id).isPresent(), "track", id);
                limit(state.trackCount(), MAX_TRACKS, "tracks");
                DawTrack track = new DawTrack(
                        id,
                        "Track " + (state.trackCount() + 1),
                        ObjectCodec.DEFAULT_COLOR,
                        0,
                        0,
                        false,
                        false,
                        state.trackCount() + 1);
                for (var entry : properties(value)) {
                    track = ObjectCodec.withProp(track, entry.getKey(), entry.getValue());
                }
                state.put(track);
                yield new Operation.Add(ObjectKind.TRACK, id, ObjectCodec.trackMap(track));
            }
            case CLIP -> {
                refuseExisting(state.clip(id).isPresent(), "clip", id);
                limit(state.clipCount(), MAX_CLIPS, "clips");
                DawClip clip = newClip(state, actorId, id, value);
                state.put(clip);
                yield new Operation.Add(ObjectKind.CLIP, id, ObjectCodec.clipMap(clip));
            }
            case MARKER -> {
                refuseExisting(state.marker(id).isPresent(), "marker", id);
                limit(state.markerCount(), MAX_MARKERS, "markers");
                DawMarker marker = new DawMarker(id, "Marker " + (state.markerCount() + 1), 0);
                for (var entry : properties(value)) {
                    marker = ObjectCodec.withProp(marker, entry.getKey(), entry.getValue());
                }
                state.put(marker);
                yield new Operation.Add(ObjectKind.MARKER, id, ObjectCodec.markerMap(marker));
            }
        };
    }

    /** A clip that already plays this source: a copy of it may be made by anyone who may edit the project. */
    private static Optional<DawClip> clipWithSource(ProjectState state, UUID trackId, @Nullable String stem) {
        return state.clips().stream()
                .filter(c -> c.source().trackId().equals(trackId)
                        && Objects.equals(c.source().stem(), stem))
                .findFirst();
    }

    private DawClip newClip(ProjectState state, UUID actorId, UUID id, Map<String, @Nullable Object> value) {
        if (!value.containsKey("source")) {
            throw new InvalidOperationException("A clip needs a source.");
        }
        ClipSource source;
        String title;
        if (replaying) {
            source = ObjectCodec.storedSource(value.get("source"));
            title = "Clip";
        } else {
            UUID sourceTrack = ObjectCodec.sourceTrackId(value.get("source"));
            String stem = ObjectCodec.sourceStem(value.get("source"));
            Optional<SourceLookup.SourceFacts> facts = sources.find(actorId, sourceTrack, stem);
            if (facts.isPresent()) {
                source = new ClipSource(
                        sourceTrack,
                        stem,
                        facts.get().duration(),
                        facts.get().bpm(),
                        facts.get().firstBeat());
                String track = facts.get().title();
                title = stem == null ? track : track + " (" + stem + ")";
            } else {
                DawClip same = clipWithSource(state, sourceTrack, stem)
                        .orElseThrow(() -> new InvalidOperationException(
                                stem == null
                                        ? "The source track is neither in your library nor in this project."
                                        : "The source track has no " + stem
                                                + " stem in your library, and no clip of this project uses it."));
                source = same.source();
                title = same.name();
            }
        }
        UUID trackId = Values.uuid(value.get("trackId"), "trackId");
        String name = title;
        double length = Math.max(DawClipRules.MIN_LENGTH, source.duration());
        DawClip clip = new DawClip(
                id,
                trackId,
                shorten(name),
                ObjectCodec.DEFAULT_COLOR,
                source,
                0,
                0,
                length,
                0,
                0,
                FadeCurve.LINEAR,
                0,
                FadeCurve.LINEAR,
                false,
                false);
        for (var entry : properties(value)) {
            if (!entry.getKey().equals("source")) {
                clip = ObjectCodec.withProp(clip, entry.getKey(), entry.getValue());
            }
        }
        requireTrack(state, clip.trackId());
        DawClipRules.checkSpan(clip, state.settings().bpm());
        return clip;
    }

    private Operation set(ProjectState state, Operation.Set set) {
        String prop = set.prop();
        Object value = set.value();
        if (set.kind() == ObjectKind.PROJECT) {
            ProjectSettings next = ObjectCodec.withProp(state.settings(), prop, value);
            state.settings(next);
            return new Operation.Set(
                    ObjectKind.PROJECT,
                    null,
                    prop,
                    ObjectCodec.settingsMap(next).get(prop));
        }
        UUID id = set.id();
        if (id == null) {
            throw new InvalidOperationException("Setting a " + set.kind().wire() + " property needs its id.");
        }
        return switch (set.kind()) {
            case TRACK -> {
                DawTrack track = ObjectCodec.withProp(existingTrack(state, id), prop, value);
                state.put(track);
                yield new Operation.Set(
                        ObjectKind.TRACK, id, prop, ObjectCodec.trackMap(track).get(prop));
            }
            case CLIP -> {
                if (prop.equals("source") && sourceTempo) {
                    DawClip clip = withSourceTempo(existingClip(state, id), value);
                    state.put(clip);
                    yield new Operation.Set(ObjectKind.CLIP, id, prop, ObjectCodec.sourceMap(clip.source()));
                }
                DawClip clip = ObjectCodec.withProp(existingClip(state, id), prop, value);
                requireTrack(state, clip.trackId());
                if (prop.equals("offset") || prop.equals("length") || prop.equals("warp")) {
                    DawClipRules.checkSpan(clip, state.settings().bpm());
                }
                state.put(clip);
                yield new Operation.Set(
                        ObjectKind.CLIP, id, prop, ObjectCodec.clipMap(clip).get(prop));
            }
            case MARKER -> {
                DawMarker marker = ObjectCodec.withProp(existingMarker(state, id), prop, value);
                state.put(marker);
                yield new Operation.Set(
                        ObjectKind.MARKER,
                        id,
                        prop,
                        ObjectCodec.markerMap(marker).get(prop));
            }
            case PROJECT -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * The clip with its source's tempo facts replaced: the source itself (track, stem, duration) stays. The span
     * is not checked here, as the length that goes with the new tempo comes in the same batch ({@link TempoFollow}).
     */
    private static DawClip withSourceTempo(DawClip clip, @Nullable Object value) {
        ClipSource now = clip.source();
        ClipSource next = ObjectCodec.storedSource(value);
        if (!next.trackId().equals(now.trackId())
                || !Objects.equals(next.stem(), now.stem())
                || next.duration() != now.duration()) {
            throw new InvalidOperationException("Only a clip source's bpm and firstBeat may change.");
        }
        ClipBuilder b = new ClipBuilder(clip);
        b.source = next;
        return b.build();
    }

    private Operation delete(ProjectState state, Operation.Delete delete) {
        UUID id = delete.id();
        switch (delete.kind()) {
            case PROJECT -> throw new InvalidOperationException("A project is deleted from the project list.");
            case TRACK -> {
                existingTrack(state, id);
                state.removeTrack(id);
            }
            case CLIP -> {
                existingClip(state, id);
                state.removeClip(id);
            }
            case MARKER -> {
                existingMarker(state, id);
                state.removeMarker(id);
            }
        }
        return delete;
    }

    private static List<Map.Entry<String, @Nullable Object>> properties(Map<String, @Nullable Object> value) {
        return value.entrySet().stream().filter(e -> !e.getKey().equals("id")).toList();
    }

    private static DawTrack existingTrack(ProjectState state, UUID id) {
        return state.track(id).orElseThrow(() -> gone("track", id));
    }

    private static DawClip existingClip(ProjectState state, UUID id) {
        return state.clip(id).orElseThrow(() -> gone("clip", id));
    }

    private static DawMarker existingMarker(ProjectState state, UUID id) {
        return state.marker(id).orElseThrow(() -> gone("marker", id));
    }

    private static void requireTrack(ProjectState state, UUID trackId) {
        if (state.track(trackId).isEmpty()) {
            throw new InvalidOperationException("There is no track " + trackId + " in this project.");
        }
    }

    private static InvalidOperationException gone(String kind, UUID id) {
        return new InvalidOperationException("There is no " + kind + " " + id + " (it may have been deleted).");
    }

    private static void refuseExisting(boolean exists, String kind, UUID id) {
        if (exists) {
            throw new InvalidOperationException("A " + kind + " with id " + id + " already exists.");
        }
    }

    private static void limit(int count, int max, String what) {
        if (count >= max) {
            throw new InvalidOperationException("A project holds at most " + max + " " + what + ".");
        }
    }

    private static String shorten(String name) {
        String text = name.isBlank() ? "Clip" : name.strip();
        return text.length() <= Values.MAX_NAME ? text : text.substring(0, Values.MAX_NAME);
    }
}
