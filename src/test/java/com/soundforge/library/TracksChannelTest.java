package com.soundforge.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TempoService;
import com.soundforge.audio.TestAudio;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.PhoenixTestClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The {@code tracks} channel: a user's own library, live, over the channel socket. */
@SfaWebTest
class TracksChannelTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    AnalysisService analysis;

    @Autowired
    TempoService tempo;

    @TempDir
    Path work;

    UserAccount owner;
    PhoenixTestClient ownerSocket;
    PhoenixTestClient strangerSocket;

    @BeforeEach
    void twoUsersJoinTheirTracks() {
        owner = TestUsers.create(users);
        UserAccount stranger = TestUsers.create(users);
        ownerSocket =
                PhoenixTestClient.connect(port, keys.create(owner.id(), "owner").rawKey());
        strangerSocket = PhoenixTestClient.connect(
                port, keys.create(stranger.id(), "stranger").rawKey());
        assertThat(ownerSocket.join("1", "tracks").at("/4/status").asString()).isEqualTo("ok");
        assertThat(strangerSocket.join("1", "tracks").at("/4/status").asString())
                .isEqualTo("ok");
    }

    @AfterEach
    void disconnect() {
        ownerSocket.close();
        strangerSocket.close();
    }

    @Test
    void anImportedTrackArrivesAsTrackCreatedForItsOwnerOnly() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("Channel Artist - Live Wire.wav"), 44_100, 2, 1.0, 440);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, "Channel Artist - Live Wire.wav")
                    .track();
        }

        JsonNode frame = ownerSocket.next();
        assertThat(frame.at("/0").isNull()).as("a broadcast has no join ref").isTrue();
        assertThat(frame.at("/1").isNull()).isTrue();
        assertThat(frame.at("/2").asString()).isEqualTo("tracks");
        assertThat(frame.at("/3").asString()).isEqualTo("track:created");
        JsonNode payload = frame.get(4);
        assertThat(payload.propertyNames())
                .containsExactly(
                        "id",
                        "title",
                        "artist",
                        "album",
                        "codec",
                        "sample_rate_hz",
                        "channels",
                        "duration_ms",
                        "file_size_bytes",
                        "created_at",
                        "bpm",
                        "bpm_source",
                        "key",
                        "camelot",
                        "lufs");
        assertThat(payload.get("id").asString()).isEqualTo(track.id().toString());
        assertThat(payload.get("title").asString()).isEqualTo("Live Wire");
        assertThat(payload.get("artist").asString()).isEqualTo("Channel Artist");
        assertThat(payload.get("album").isNull()).isTrue();
        assertThat(payload.get("codec").asString()).isEqualTo("wav");
        assertThat(payload.get("sample_rate_hz").asInt()).isEqualTo(44_100);
        assertThat(payload.get("channels").asInt()).isEqualTo(2);
        assertThat(payload.get("duration_ms").asLong()).isEqualTo(1000);
        assertThat(payload.get("file_size_bytes").asLong()).isEqualTo(Files.size(wav));
        assertThat(payload.get("created_at").asString())
                .isEqualTo(track.createdAt().toString());
        assertThat(strangerSocket.framesWithin(Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void deletedAndUpdatedTracksAreRelayedToo() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("gone.wav"), 44_100, 1, 0.3, 330);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, "gone.wav").track();
        }
        assertThat(ownerSocket.next().at("/3").asString()).isEqualTo("track:created");

        broadcaster.publish(Topics.tracks(owner.id()), TrackEvents.UPDATED, track);
        JsonNode updated = ownerSocket.next();
        assertThat(updated.at("/3").asString()).isEqualTo("track:updated");
        assertThat(updated.at("/4/id").asString()).isEqualTo(track.id().toString());

        library.delete(owner.id(), List.of(track.id()));
        assertThat(PhoenixTestClient.wire(ownerSocket.next()))
                .isEqualTo("[null,null,\"tracks\",\"track:deleted\",{\"id\":\"" + track.id() + "\"}]");
        assertThat(strangerSocket.framesWithin(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void anEditedBeatGridArrivesAsTrackUpdatedWithItsBpmAndSource() throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve("Channel - Groove.wav"), 124, 12);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, "Channel - Groove.wav").track();
        }
        assertThat(ownerSocket.next().at("/3").asString()).isEqualTo("track:created");
        analysis.analyse(track.id(), library.audioFile(owner.id(), track.id()).path(), fraction -> {});
        JsonNode analysed = ownerSocket.next();
        assertThat(analysed.at("/3").asString()).isEqualTo("track:updated");
        assertThat(analysed.at("/4/bpm").asDouble()).isEqualTo(124.0);
        assertThat(analysed.at("/4/bpm_source").asString()).isEqualTo("analysed");

        tempo.edit(owner.id(), track.id(), "halve", null);

        JsonNode edited = ownerSocket.next();
        assertThat(edited.at("/3").asString()).isEqualTo("track:updated");
        assertThat(edited.at("/4/bpm").asDouble()).isEqualTo(62.0);
        assertThat(edited.at("/4/bpm_source").asString()).isEqualTo("edited");
        assertThat(strangerSocket.framesWithin(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void theTracksChannelAnswersPingAndRefusesOtherPushes() {
        ownerSocket.push("1", "2", "tracks", "ping", "{}");
        assertThat(PhoenixTestClient.wire(ownerSocket.next()))
                .isEqualTo("[\"1\",\"2\",\"tracks\",\"phx_reply\",{\"status\":\"ok\",\"response\":{\"pong\":true}}]");

        ownerSocket.push("1", "3", "tracks", "delete_everything", "{}");
        assertThat(ownerSocket.next().at("/4/response/reason").asString()).isEqualTo("unknown event");
    }

    @Test
    void onlyTheBareTracksTopicIsServedNotSomeoneElsesTracksTopic() {
        assertThat(ownerSocket
                        .join("5", "tracks:" + owner.id())
                        .at("/4/response/reason")
                        .asString())
                .isEqualTo("unmatched topic");
    }
}
