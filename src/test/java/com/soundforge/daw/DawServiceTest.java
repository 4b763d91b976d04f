package com.soundforge.daw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.TestAudio;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@SfaSpringTest
class DawServiceTest {

    @Autowired
    DawService daw;

    @Autowired
    ImportService imports;

    @Autowired
    LibraryService library;

    @Autowired
    UserService users;

    @TempDir
    Path work;

    UserAccount producer;
    UserAccount other;
    Track tone;
    Track othersTone;

    @BeforeEach
    void set() throws Exception {
        producer = TestUsers.create(users);
        other = TestUsers.create(users);
        tone = importTone(producer, "Tone - A.wav", 10);
        othersTone = importTone(other, "Tone - B.wav", 10);
    }

    @Test
    void aBatchIsAppliedNumberedPublishedAndSurvivesAReload() throws Exception {
        UUID id = daw.create(producer, "First").id();
        List<TopicMessage> received = new CopyOnWriteArrayList<>();
        var subscription = daw.subscribe(producer, id, received::add);
        String track = UUID.randomUUID().toString();
        String clip = UUID.randomUUID().toString();

        AppliedBatch applied =
                daw.apply(producer, id, batch(addTrack(track), addClip(clip, track, tone.id(), 2.0, 4.0)), "screen-1");

        assertThat(applied.from()).isEqualTo(2);
        assertThat(applied.seq()).isEqualTo(3);
        ProjectState state = daw.open(producer, id);
        assertThat(state.seq()).isEqualTo(3);
        assertThat(state.clips()).singleElement().satisfies(c -> {
            assertThat(c.position()).isEqualTo(2.0);
            assertThat(c.source().duration()).isEqualTo(10.0);
            assertThat(c.name()).isEqualTo(tone.displayName());
        });
        awaitUntil(() -> received.size() == 1);
        assertThat(received.getFirst().event()).isEqualTo("ops");
        assertThat(received.getFirst().origin()).isEqualTo("screen-1");
        subscription.close();

        String before = daw.stateJson(state);
        daw.unload(id);
        assertThat(daw.stateJson(daw.open(producer, id))).isEqualTo(before);
        assertThat(daw.stateJson(daw.replayFromEmpty(producer, id))).isEqualTo(before);
    }

    @Test
    void aBatchWithOneBadOperationChangesNothingAndSaysWhichAndWhy() {
        UUID id = daw.create(producer, "Strict").id();
        String track = UUID.randomUUID().toString();
        String clip = UUID.randomUUID().toString();
        daw.apply(producer, id, batch(addTrack(track), addClip(clip, track, tone.id(), 0, 5)), null);
        String before = daw.stateJson(daw.open(producer, id));

        assertRefused(
                id,
                batch(set("track", track, "pan", "\"0.5\""), set("track", track, "volumeDb", "3")),
                "Operation 1: pan must be a number.");
        assertRefused(
                id,
                batch(set("track", track, "pan", "0.25"), set("track", track, "pan", "2")),
                "Operation 2: pan must be between -1 and 1.");
        assertRefused(
                id, batch(set("track", UUID.randomUUID().toString(), "mute", "true")), "(it may have been deleted)");
        assertRefused(id, batch(addTrack(track)), "already exists");
        assertRefused(id, batch(set("clip", clip, "offset", "6")), "trim it inside");
        assertRefused(id, batch(set("clip", clip, "warp", "true")), "no analysed tempo");
        assertRefused(id, batch(set("clip", clip, "source", "{}")), "set when it is added");
        assertRefused(id, batch(set("clip", clip, "fadeInCurve", "\"cubic\"")), "linear, exponential");
        assertRefused(id, batch(set("track", track, "shape", "1")), "A track has no property 'shape'.");
        assertRefused(id, batch(addClip(UUID.randomUUID().toString(), track, tone.id(), 0, 11)), "trim it inside");
        assertRefused(
                id,
                batch(addClip(UUID.randomUUID().toString(), track, othersTone.id(), 0, 1)),
                "neither in your library nor in this project");
        assertRefused(id, batch(set("project", null, "sampleRate", "44000")), "44100 or 48000");
        assertRefused(id, batch(set("project", null, "loop", "{\"start\": 4, \"end\": 2}")), "loop.end must be after");
        assertRefused(id, batch(set("clip", clip, "length", "-1")), "length must be between");
        assertThatThrownBy(() -> daw.apply(producer, id, "{not json", null))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessage("The batch is not valid JSON.");
        assertThatThrownBy(() -> daw.apply(producer, id, "{\"id\": \"x\", \"ops\": []}", null))
                .hasMessage("The batch id must be a UUID.");

        assertThat(daw.stateJson(daw.open(producer, id))).isEqualTo(before);
    }

    @Test
    void aBatchSentTwiceIsAppliedOnce() {
        UUID id = daw.create(producer, "Twice").id();
        String json = batch(addTrack(UUID.randomUUID().toString()));

        AppliedBatch first = daw.apply(producer, id, json, null);
        AppliedBatch again = daw.apply(producer, id, json, null);

        assertThat(again.seq()).isEqualTo(first.seq());
        assertThat(daw.open(producer, id).tracks()).hasSize(1);
    }

    @Test
    void nobodyElseSeesEditsOrFollowsAProject() {
        UUID id = daw.create(producer, "Mine").id();

        assertThatThrownBy(() -> daw.open(other, id)).isInstanceOf(DawProjectNotFoundException.class);
        assertThatThrownBy(() ->
                        daw.apply(other, id, batch(addTrack(UUID.randomUUID().toString())), null))
                .isInstanceOf(DawProjectNotFoundException.class);
        assertThatThrownBy(() -> daw.subscribe(other, id, m -> {})).isInstanceOf(DawProjectNotFoundException.class);
        assertThatThrownBy(() -> daw.delete(other, id)).isInstanceOf(DawProjectNotFoundException.class);
        assertThat(daw.list(other)).isEmpty();
        assertThat(daw.list(producer)).extracting(ProjectSummary::name).containsExactly("Mine");
    }

    @Test
    void deletingATrackDeletesItsClipsAndADeletedSourceLeavesTheClip() throws Exception {
        UUID id = daw.addToProject(producer, null, tone.id()).id();
        ProjectState state = daw.open(producer, id);
        assertThat(state.tracks()).hasSize(1);
        assertThat(state.clips()).hasSize(1);

        library.delete(producer.id(), List.of(tone.id()));
        daw.unload(id);
        assertThat(daw.open(producer, id).clips()).hasSize(1);

        String track = state.tracks().iterator().next().id().toString();
        daw.apply(producer, id, batch("{\"op\":\"delete\",\"kind\":\"track\",\"id\":\"" + track + "\"}"), null);
        assertThat(daw.open(producer, id).clips()).isEmpty();
    }

    @Test
    void duplicateRenameAndDelete() {
        UUID id = daw.addToProject(producer, null, tone.id()).id();
        daw.rename(producer, id, "Renamed");
        UUID copy = daw.duplicate(producer, id).id();

        ProjectState copied = daw.open(producer, copy);
        assertThat(copied.settings().name()).isEqualTo("Renamed (copy)");
        assertThat(copied.clips()).hasSize(1);
        assertThat(copied.clips().iterator().next().trackId())
                .isEqualTo(copied.tracks().iterator().next().id());
        assertThat(Set.copyOf(
                        daw.list(producer).stream().map(ProjectSummary::id).toList()))
                .containsExactlyInAnyOrder(id, copy);

        daw.delete(producer, id);
        assertThatThrownBy(() -> daw.open(producer, id)).isInstanceOf(DawProjectNotFoundException.class);
        assertThat(daw.open(producer, copy).clips()).hasSize(1);
    }

    private void assertRefused(UUID id, String batch, String reason) {
        assertThatThrownBy(() -> daw.apply(producer, id, batch, null))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining(reason);
    }

    static String batch(String... ops) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[" + String.join(",", ops) + "]}";
    }

    static String addTrack(String id) {
        return "{\"op\":\"add\",\"kind\":\"track\",\"id\":\"" + id + "\",\"value\":{\"name\":\"Lane\"}}";
    }

    static String addClip(String id, String track, UUID source, double position, double length) {
        return "{\"op\":\"add\",\"kind\":\"clip\",\"id\":\"" + id + "\",\"value\":{\"trackId\":\"" + track
                + "\",\"source\":{\"trackId\":\"" + source + "\",\"stem\":null},\"position\":" + position
                + ",\"length\":" + length + "}}";
    }

    static String set(String kind, String id, String prop, String value) {
        return "{\"op\":\"set\",\"kind\":\"" + kind + "\"" + (id == null ? "" : ",\"id\":\"" + id + "\"")
                + ",\"prop\":\"" + prop + "\",\"value\":" + value + "}";
    }

    private Track importTone(UserAccount owner, String name, double seconds) throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve(name), 8_000, 1, seconds, 440);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(owner.id(), in, name).track();
        }
    }

    static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
