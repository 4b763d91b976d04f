package com.soundforge.daw.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Throws random operations, valid and not, at a project: a refused batch leaves it exactly as it was, an applied
 * one keeps every invariant, and replaying the applied operations from empty rebuilds the same state.
 */
class OperationsFuzzTest {

    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID SONG = UUID.randomUUID();
    private static final UUID LOOP = UUID.randomUUID();
    private static final String[] PROPS = {
        "name",
        "color",
        "volumeDb",
        "pan",
        "mute",
        "solo",
        "order",
        "position",
        "offset",
        "length",
        "gainDb",
        "fadeIn",
        "fadeInCurve",
        "fadeOut",
        "fadeOutCurve",
        "warp",
        "trackId",
        "bpm",
        "meter",
        "loop",
        "loopOn",
        "masterDb",
        "sampleRate",
        "nonsense",
        "source"
    };

    private final SourceLookup sources = (owner, track, stem) -> {
        if (!owner.equals(OWNER)) {
            return Optional.empty();
        }
        if (track.equals(SONG)) {
            return Optional.of(new SourceLookup.SourceFacts(180, 124.0, 0.2, "Song"));
        }
        return track.equals(LOOP) && stem == null
                ? Optional.of(new SourceLookup.SourceFacts(8, null, null, "Loop"))
                : Optional.empty();
    };

    @Test
    void randomBatchesKeepTheProjectWholeAndTheLogReplaysIt() {
        int clipsSeen = 0;
        for (long seed = 1; seed <= 20; seed++) {
            clipsSeen += fuzz(new Random(seed));
        }
        assertThat(clipsSeen)
                .as("clips the fuzzed projects held at their largest")
                .isGreaterThan(20);
    }

    private int fuzz(Random random) {
        int mostClips = 0;
        Operations rules = new Operations(sources);
        ProjectState state = ProjectState.empty(UUID.randomUUID());
        List<Operation> log = new ArrayList<>();
        int applied = 0;
        for (int step = 0; step < 400; step++) {
            List<Operation> batch = new ArrayList<>();
            int size = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
            for (int i = 0; i < size; i++) {
                batch.add(randomOp(random, state));
            }
            Map<String, Object> before = StateCodec.toMap(state);
            try {
                Operations.Applied result = rules.apply(state, OWNER, batch);
                assertThat(StateCodec.toMap(state)).isEqualTo(before);
                state = result.state();
                log.addAll(result.ops());
                applied++;
                checkInvariants(state);
                mostClips = Math.max(mostClips, state.clips().size());
            } catch (InvalidOperationException refused) {
                assertThat(refused.index()).isBetween(0, size - 1);
                assertThat(StateCodec.toMap(state)).isEqualTo(before);
            }
        }
        assertThat(applied).isGreaterThan(40);
        assertThat(state.seq()).isEqualTo(log.size());
        ProjectState replayed = Operations.replaying()
                .apply(ProjectState.empty(state.id()), OWNER, log)
                .state();
        assertThat(StateCodec.toMap(replayed)).isEqualTo(StateCodec.toMap(state));
        assertThat(StateCodec.toMap(StateCodec.fromMap(StateCodec.toMap(state))))
                .isEqualTo(StateCodec.toMap(state));
        return mostClips;
    }

    private static void checkInvariants(ProjectState state) {
        assertThat(state.tracks().size()).isLessThanOrEqualTo(Operations.MAX_TRACKS);
        for (DawClip clip : state.clips()) {
            assertThat(state.track(clip.trackId()))
                    .as("clip %s has its track", clip.id())
                    .isPresent();
            assertThat(clip.length()).isGreaterThanOrEqualTo(DawClipRules.MIN_LENGTH);
            assertThat(clip.position()).isGreaterThanOrEqualTo(0);
            if (!clip.warp()) {
                assertThat(clip.offset() + clip.length())
                        .isLessThanOrEqualTo(clip.source().duration() + 0.001);
            }
        }
        LoopRegion loop = state.settings().loop();
        if (loop != null) {
            assertThat(loop.end()).isGreaterThan(loop.start());
        }
    }

    private Operation randomOp(Random random, ProjectState state) {
        int pick = random.nextInt(10);
        ObjectKind kind = ObjectKind.values()[random.nextInt(4)];
        UUID existing = anyId(random, state, kind);
        UUID id = existing != null && random.nextInt(4) > 0 ? existing : UUID.randomUUID();
        if (pick < 3) {
            return new Operation.Add(kind, id, addValue(random, state, kind));
        }
        if (pick < 9) {
            String prop = PROPS[random.nextInt(PROPS.length)];
            return new Operation.Set(
                    kind, kind == ObjectKind.PROJECT ? null : id, prop, randomValue(random, prop, state));
        }
        return new Operation.Delete(kind, id);
    }

    private static @Nullable UUID anyId(Random random, ProjectState state, ObjectKind kind) {
        List<UUID> ids = switch (kind) {
            case TRACK -> state.tracks().stream().map(DawTrack::id).toList();
            case CLIP -> state.clips().stream().map(DawClip::id).toList();
            case MARKER -> state.markers().stream().map(DawMarker::id).toList();
            case PROJECT -> List.of();
        };
        return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    private Map<String, Object> addValue(Random random, ProjectState state, ObjectKind kind) {
        Map<String, Object> value = new LinkedHashMap<>();
        if (kind == ObjectKind.CLIP) {
            UUID track = anyId(random, state, ObjectKind.TRACK);
            value.put("trackId", String.valueOf(track != null && random.nextInt(5) > 0 ? track : UUID.randomUUID()));
            Map<String, Object> source = new HashMap<>();
            source.put(
                    "trackId",
                    String.valueOf(random.nextBoolean() ? SONG : random.nextBoolean() ? LOOP : UUID.randomUUID()));
            source.put("stem", random.nextInt(4) == 0 ? "drums" : null);
            value.put("source", source);
            value.put("position", random.nextDouble() * 300);
            value.put("length", random.nextDouble() * 20);
            if (random.nextBoolean()) {
                value.put("offset", random.nextDouble() * 10);
            }
        } else if (random.nextInt(6) == 0) {
            value.put("name", "");
        } else {
            value.put("name", "Thing " + random.nextInt(100));
        }
        return value;
    }

    private static @Nullable Object randomValue(Random random, String prop, ProjectState state) {
        if (random.nextInt(8) == 0) {
            return random.nextBoolean() ? "nonsense" : Double.NaN;
        }
        return switch (prop) {
            case "name" -> "Name " + random.nextInt(10);
            case "color" -> random.nextBoolean() ? "#12ab9f" : "red";
            case "mute", "solo", "warp", "loopOn" -> random.nextBoolean();
            case "fadeInCurve", "fadeOutCurve" -> random.nextBoolean() ? "scurve" : "cubic";
            case "meter" -> random.nextBoolean() ? "6/8" : "5/4";
            case "sampleRate" -> random.nextBoolean() ? 44_100 : 22_050;
            case "trackId" ->
                String.valueOf(
                        state.tracks().isEmpty()
                                ? UUID.randomUUID()
                                : state.tracks().iterator().next().id());
            case "loop" ->
                random.nextBoolean()
                        ? Map.of("start", random.nextDouble() * 10, "end", random.nextDouble() * 20)
                        : null;
            case "bpm" -> 10 + random.nextDouble() * 300;
            default -> (random.nextDouble() - 0.2) * 40;
        };
    }
}
