package com.soundforge.daw.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.AppProcess;
import com.soundforge.support.ThrowAwayDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Kills the application with SIGKILL while it renders an export; after the restart there is exactly one output. */
class DawExportCrashTest {

    private static final String ADMIN_PASSWORD = "export-crash-admin-password";

    @TempDir
    Path home;

    @Test
    void anExportInterruptedByKill9IsRenderedAgainIntoOneFile() throws Exception {
        Path wav = TestAudio.writeSineWav(home.resolve("Long Take.wav"), 44_100, 2, 240.0, 220);
        try (ThrowAwayDatabase database = new ThrowAwayDatabase()) {
            List<String> properties = new ArrayList<>(database.properties());
            properties.addAll(List.of(
                    "--sfa.data-dir=" + home.resolve("data"),
                    "--sfa.admin.username=admin",
                    "--sfa.admin.password=" + ADMIN_PASSWORD,
                    "--sfa.pipeline.start-on-upload=false",
                    "--spring.devtools.restart.enabled=false",
                    "--jobrunr.background-job-server.poll-interval-in-seconds=5",
                    "--logging.level.root=WARN",
                    "--logging.level.com.soundforge=INFO"));
            try (AppProcess app = new AppProcess(properties)) {
                app.start(Duration.ofMinutes(3));
                String key = app.createApiKey("admin", ADMIN_PASSWORD);
                ApiClient api = new ApiClient(app.port(), key);
                String track = api.upload("/api/v1/tracks", wav, "Long Take.wav")
                        .json()
                        .get("id")
                        .asString();
                String project = api.postJson("/api/v1/daw/projects", "{\"with_track\": \"" + track + "\"}")
                        .json()
                        .get("id")
                        .asString();
                Answer started =
                        api.postJson("/api/v1/daw/projects/" + project + "/exports", "{\"format\": \"wav32f\"}");
                assertThat(started.status()).isEqualTo(202);
                String export =
                        "/api/v1/daw/exports/" + started.json().get("job_id").asString();
                await(api, export, j -> j.get("status").asString().equals("processing"), Duration.ofMinutes(1));

                app.kill();
                assertThat(files(home.resolve("data/daw-exports")))
                        .noneMatch(p -> p.toString().endsWith(".wav"));
                app.start(Duration.ofMinutes(3));

                await(api, export, j -> j.get("status").asString().equals("completed"), Duration.ofMinutes(4));
                List<Path> outputs = files(home.resolve("data/daw-exports"));
                assertThat(outputs).hasSize(1);
                assertThat(outputs.getFirst().toString()).endsWith(".wav");
                HttpResponse<byte[]> download = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create("http://localhost:" + app.port() + export + "/download"))
                                        .header("Authorization", "Bearer " + key)
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                assertThat(download.statusCode()).isEqualTo(200);
                assertThat(download.body()).hasSize((int) Files.size(outputs.getFirst()));
                long frames = 240L * 48_000;
                assertThat((long) download.body().length).isGreaterThan(frames * 8);
            }
        }
    }

    private static JsonNode await(ApiClient api, String export, Predicate<JsonNode> condition, Duration patience)
            throws Exception {
        Instant deadline = Instant.now().plus(patience);
        JsonNode state = api.get(export).json();
        while (!condition.test(state) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            state = api.get(export).json();
        }
        assertThat(condition).as("export state %s", state).accepts(state);
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
