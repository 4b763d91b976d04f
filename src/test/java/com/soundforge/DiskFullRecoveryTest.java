package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.AppProcess;
import com.soundforge.support.SmallDisk;
import com.soundforge.support.ThrowAwayDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The data folder's disk fills up while the app runs, and is freed again: the app recovers by itself. */
class DiskFullRecoveryTest {

    private static final String ADMIN_PASSWORD = "disk-full-admin-password";

    @TempDir
    Path home;

    @Test
    void aFullDiskFailsImportsClearlyAndOnceSpaceIsFreedEverythingWorksWithoutARestart() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(home.resolve("data"), 160);
                ThrowAwayDatabase database = new ThrowAwayDatabase()) {
            List<String> properties = new ArrayList<>(database.properties());
            properties.addAll(List.of("--sfa.data-dir=" + disk.root(), "--sfa.admin.username=admin",
                    "--sfa.admin.password=" + ADMIN_PASSWORD, "--spring.devtools.restart.enabled=false",
                    "--jobrunr.background-job-server.poll-interval-in-seconds=5", "--logging.level.root=WARN"));
            try (AppProcess app = new AppProcess(properties)) {
                app.start(Duration.ofMinutes(3));
                ApiClient api = new ApiClient(app.port(), app.createApiKey("admin", ADMIN_PASSWORD));
                Path wav = TestAudio.writeSineWav(home.resolve("fits.wav"), 44_100, 1, 2.0, 220);
                assertThat(api.upload("/api/v1/tracks", wav, "fits.wav").status()).isEqualTo(201);

                disk.fill();
                Answer refused = api.upload("/api/v1/tracks",
                        TestAudio.writeSineWav(home.resolve("nope.wav"), 44_100, 1, 2.0, 330), "nope.wav");
                assertThat(refused.status()).as(refused.raw().body()).isEqualTo(507);
                assertThat(refused.json().get("error").get("code").asString()).isEqualTo("storage_full");
                assertThat(health(app.port()).get("status").asString()).isEqualTo("DOWN");
                assertThat(api.get("/api/v1/tracks").json().get("total").asInt()).isEqualTo(1);
                // the database and the job server write too while the disk stays full (heartbeats every poll)
                tryToCreateAKey(app);
                Thread.sleep(15_000);

                disk.free();
                awaitHealthy(app.port());
                assertThat(app.createApiKey("admin", ADMIN_PASSWORD)).startsWith("sfa_");
                Answer later = api.upload("/api/v1/tracks",
                        TestAudio.writeSineWav(home.resolve("later.wav"), 44_100, 1, 2.0, 440), "later.wav");
                assertThat(later.status()).as(later.raw().body()).isEqualTo(201);
                awaitAnalysed(api, later.json().get("id").asString());
            }
        }
    }

    private static void tryToCreateAKey(AppProcess app) throws Exception {
        try {
            app.createApiKey("admin", ADMIN_PASSWORD);
        } catch (IllegalStateException refused) {
            // refused while the disk is full: what matters is what happens after
        }
    }

    private static JsonNode health(int port) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        return ApiClient.JSON.readTree(health.body());
    }

    private static void awaitHealthy(int port) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode state = health(port);
        while (!state.get("status").asString().equals("UP") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            state = health(port);
        }
        assertThat(state.get("status").asString()).as(state.toString()).isEqualTo("UP");
    }

    private static void awaitAnalysed(ApiClient api, String trackId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Answer analysis = api.get("/api/v1/tracks/" + trackId + "/analysis");
        while (analysis.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            analysis = api.get("/api/v1/tracks/" + trackId + "/analysis");
        }
        assertThat(analysis.status()).as(api.get("/api/v1/tracks/" + trackId + "/pipeline").raw().body())
                .isEqualTo(200);
    }
}
