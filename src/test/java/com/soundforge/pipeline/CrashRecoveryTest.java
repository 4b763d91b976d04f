package com.soundforge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.AppProcess;
import com.soundforge.support.AudioHttpServer;
import com.soundforge.support.ThrowAwayDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Kills the whole application with SIGKILL in the middle of a download and checks the restart finishes the job. */
class CrashRecoveryTest {

    private static final String ADMIN_PASSWORD = "crash-test-admin-password";

    @TempDir
    Path home;

    @Test
    void aDownloadInterruptedByKill9IsRunAgainAfterRestartWithNothingDuplicated() throws Exception {
        byte[] wav = Files.readAllBytes(TestAudio.writeSineWav(home.resolve("source.wav"), 44_100, 2, 8.0, 220));
        try (AudioHttpServer server = new AudioHttpServer();
                ThrowAwayDatabase database = new ThrowAwayDatabase()) {
            server.serve("/Crash Test - Survivor.wav", wav, 8 * 1024, 100);
            List<String> properties = new ArrayList<>(database.properties());
            properties.addAll(List.of(
                    "--sfa.data-dir=" + home.resolve("data"),
                    "--sfa.admin.username=admin",
                    "--sfa.admin.password=" + ADMIN_PASSWORD,
                    "--sfa.import.allow-private-addresses=true",
                    "--sfa.pipeline.retry-backoff=1s",
                    "--spring.devtools.restart.enabled=false",
                    "--jobrunr.background-job-server.poll-interval-in-seconds=5",
                    "--logging.level.root=WARN",
                    "--logging.level.com.soundforge=INFO"));
            try (AppProcess app = new AppProcess(properties)) {
                app.start(Duration.ofMinutes(3));
                ApiClient api = new ApiClient(app.port(), app.createApiKey("admin", ADMIN_PASSWORD));
                Answer accepted = api.postJson(
                        "/api/v1/imports", "{\"url\": \"" + server.url("/Crash%20Test%20-%20Survivor.wav") + "\"}");
                assertThat(accepted.status()).isEqualTo(202);
                String job = "/api/v1/jobs/" + accepted.json().get("job_id").asString();
                await(
                        api,
                        job,
                        j -> j.get("status").asString().equals("downloading")
                                && j.get("progress").asInt() >= 5,
                        Duration.ofMinutes(1));

                app.kill();
                app.start(Duration.ofMinutes(3));

                JsonNode done =
                        await(api, job, j -> j.get("status").asString().equals("completed"), Duration.ofMinutes(3));
                assertThat(done.get("attempts").asInt()).isEqualTo(2);
                assertThat(done.get("result").get("file_size").asLong()).isEqualTo(wav.length);
                JsonNode tracks = api.get("/api/v1/tracks").json();
                assertThat(tracks.get("total").asInt()).isEqualTo(1);
                assertThat(tracks.get("tracks").get(0).get("title").asString()).isEqualTo("Survivor");
                assertThat(server.hits("/Crash Test - Survivor.wav")).isEqualTo(2);
                String trackId = accepted.json().get("track_id").asString();
                List<Path> stored = files(home.resolve("data/audio"));
                assertThat(stored).hasSize(1);
                assertThat(stored.getFirst()).hasSameBinaryContentAs(home.resolve("source.wav"));
                assertThat(files(home.resolve("data/tmp"))).isEmpty();
                Answer pipeline = api.postJson("/api/v1/tracks/" + trackId + "/pipeline", "");
                assertThat(pipeline.json().size()).isEqualTo(4);
            }
        }
    }

    private static JsonNode await(
            ApiClient api, String job, java.util.function.Predicate<JsonNode> condition, Duration patience)
            throws Exception {
        Instant deadline = Instant.now().plus(patience);
        JsonNode state = api.get(job).json();
        while (!condition.test(state) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            state = api.get(job).json();
        }
        assertThat(condition).as("job state %s", state).accepts(state);
        return state;
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
