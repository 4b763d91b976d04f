package com.soundforge.daw.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.daw.DawService;
import com.soundforge.daw.streams.DawSources;
import com.soundforge.library.LibraryProperties;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.separation.SeparationService;
import com.soundforge.support.HttpSession;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SfaWebTest
class DawSourceMediaTest {

    private static final int C = 4 * 48_000;

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    SeparationService separation;

    @Autowired
    UserService users;

    @Autowired
    DawService daw;

    @Autowired
    DawSources sources;

    @Autowired
    LibraryService library;

    @Autowired
    LibraryProperties libraryProperties;

    @TempDir
    Path work;

    @Test
    void theOwnerGetsImmutableChunksOfTheTrackAtTheProjectRateAndStretch() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UserAccount stranger = TestUsers.create(users);
        Track track = importSine(owner, 10);
        String base = "/media/daw/" + daw.create(owner, "Chunks").id() + "/sources/" + track.id() + "/mix";
        HttpSession session = HttpSession.signIn(port, owner.username(), TestUsers.PASSWORD);

        HttpResponse<byte[]> first = session.get(base + "/chunks/0?rate=48000&stretch=1.0", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                .contains("private", "immutable", "max-age=31536000");
        assertThat(first.body()).hasSize(C * 8);
        float[] samples = floats(first.body());
        double peak = 0;
        for (float sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        assertThat(peak).isBetween(0.45, 0.55);

        assertThat(session.get(base + "/chunks/2?rate=48000&stretch=1.0", null).body())
                .hasSize((480_000 - 2 * C) * 8);
        assertThat(session.get(base + "/chunks/3?rate=48000&stretch=1.0", null).statusCode())
                .isEqualTo(404);
        assertThat(session.get(base + "/chunks/1?rate=48000&stretch=2", null).body())
                .hasSize((240_000 - C) * 8);
        assertThat(session.get(base + "/chunks/1?rate=48000&stretch=2", null).body())
                .isEqualTo(session.get(base + "/chunks/1?rate=48000&stretch=2", null)
                        .body());
        assertThat(session.get(base + "/chunks/0?rate=44100&stretch=1", null).body())
                .hasSize(4 * 44_100 * 8);
        assertThat(session.get(base + "/chunks/0?rate=22050", null).statusCode())
                .isEqualTo(400);
        assertThat(session.get(base + "/chunks/0?stretch=5", null).statusCode()).isEqualTo(400);

        HttpResponse<byte[]> refused = HttpSession.signIn(port, stranger.username(), TestUsers.PASSWORD)
                .get(base + "/chunks/0", null);
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void peaksComeFromTheLibraryForTheTrackAndAreBuiltForAStem() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Track track = importSine(owner, 1);
        String base = "/media/daw/" + daw.create(owner, "Peaks").id() + "/sources/" + track.id();
        HttpSession session = HttpSession.signIn(port, owner.username(), TestUsers.PASSWORD);

        JsonNode mix = json(session.get(base + "/mix/peaks", null));
        assertThat(mix.get("sampleRate").asInt()).isEqualTo(44_100);
        assertThat(mix.get("framesPerPeak").asInt()).isPositive();
        assertThat(Base64.getDecoder().decode(mix.get("peaks").asString())).isNotEmpty();

        assertThat(session.get(base + "/drums/peaks", null).statusCode()).isEqualTo(404);
        separation.separate(owner.id(), track.id(), f -> {});
        JsonNode drums = json(session.get(base + "/drums/peaks", null));
        byte[] peaks = Base64.getDecoder().decode(drums.get("peaks").asString());
        assertThat(peaks.length / 2)
                .isEqualTo((44_100 + drums.get("framesPerPeak").asInt() - 1)
                        / drums.get("framesPerPeak").asInt());
        assertThat(session.get(base + "/vocals/chunks/0?rate=48000", null).body())
                .hasSize(48_000 * 8);
        assertThat(session.get(base + "/kazoo/peaks", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theChunksPreparedForADeletedTrackLeaveTheCacheShortlyAfterIt() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Track track = importSine(owner, 3);
        Track other = importSine(owner, 4);
        String project = "/media/daw/" + daw.create(owner, "Swept").id() + "/sources/";
        HttpSession session = HttpSession.signIn(port, owner.username(), TestUsers.PASSWORD);
        for (Track t : List.of(track, other)) {
            assertThat(session.get(project + t.id() + "/mix/chunks/0?rate=48000&stretch=1.5", null)
                            .statusCode())
                    .isEqualTo(200);
        }
        Path source = sources.sourceFile(owner.id(), track.id(), "mix")
                .toAbsolutePath()
                .normalize();
        Path otherSource = sources.sourceFile(owner.id(), other.id(), "mix")
                .toAbsolutePath()
                .normalize();
        assertThat(preparedFrom(source))
                .as("the plain and the stretched stream")
                .hasSize(2);

        library.delete(owner.id(), List.of(track.id()));

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!preparedFrom(source).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(preparedFrom(source)).isEmpty();
        assertThat(preparedFrom(otherSource)).hasSize(2);
    }

    private List<Path> preparedFrom(Path source) throws Exception {
        Path folder = libraryProperties
                .dataDir()
                .toAbsolutePath()
                .normalize()
                .resolve("cache")
                .resolve("daw");
        List<Path> prepared = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path note :
                    listing.filter(p -> p.toString().endsWith(".source")).toList()) {
                String name = note.getFileName().toString();
                Path file = note.resolveSibling(name.replace(".source", ".f32"));
                try {
                    if (Files.readAllLines(note).getFirst().equals(source.toString()) && Files.exists(file)) {
                        prepared.add(file);
                    }
                } catch (NoSuchFileException swept) {
                    // removed while we looked
                }
            }
        }
        return prepared;
    }

    private Track importSine(UserAccount owner, double seconds) throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve(UUID.randomUUID() + ".wav"), 44_100, 2, seconds, 440);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(owner.id(), in, "sine.wav").track();
        }
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static float[] floats(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.length / 4];
        buffer.asFloatBuffer().get(values);
        return values;
    }
}
