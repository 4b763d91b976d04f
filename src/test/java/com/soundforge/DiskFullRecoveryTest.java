package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.AppProcess;
import com.soundforge.support.Health;
import com.soundforge.support.SmallDisk;
import com.soundforge.support.ThrowAwayDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            properties.addAll(List.of(
                    "--sfa.data-dir=" + disk.root(),
                    "--sfa.admin.username=admin",
                    "--sfa.admin.password=" + ADMIN_PASSWORD,
                    "--spring.devtools.restart.enabled=false",
                    "--jobrunr.background-job-server.poll-interval-in-seconds=5",
                    "--logging.level.root=WARN"));
            try (AppProcess app = new AppProcess(properties)) {
                app.start(Duration.ofMinutes(3));
                ApiClient api = new ApiClient(app.port(), app.createApiKey("admin", ADMIN_PASSWORD));
                Path wav = TestAudio.writeSineWav(home.resolve("fits.wav"), 44_100, 1, 2.0, 220);
                assertThat(api.upload("/api/v1/tracks", wav, "fits.wav").status())
                        .isEqualTo(201);

                disk.fill();
                Answer refused = api.upload(
                        "/api/v1/tracks",
                        TestAudio.writeSineWav(home.resolve("nope.wav"), 44_100, 1, 2.0, 330),
                        "nope.wav");
                // 507 when the upload found no room; 503 when the embedded database, on the same disk, could not
                // even check the key: either way a clear answer, and nothing kept (counted once space is back)
                assertThat(refused.status())
                        .as(
                                "%s\nserver log:\n%s",
                                refused.raw().body(),
                                String.join(
                                        "\n",
                                        app.output()
                                                .subList(
                                                        Math.max(0, app.output().size() - 60),
                                                        app.output().size())))
                        .isIn(507, 503);
                assertThat(refused.json().get("error").get("code").asString()).isIn("storage_full", "unavailable");
                assertThat(Health.of(app.port()).get("status").asString()).isEqualTo("DOWN");
                // the database and the job server write too while the disk stays full (heartbeats every poll)
                tryToCreateAKey(app);
                Thread.sleep(15_000);

                disk.free();
                Health.awaitUp(app.port(), Duration.ofSeconds(90));
                assertThat(app.createApiKey("admin", ADMIN_PASSWORD)).startsWith("sfa_");
                assertThat(api.get("/api/v1/tracks").json().get("total").asInt())
                        .isEqualTo(1);
                Answer later = api.upload(
                        "/api/v1/tracks",
                        TestAudio.writeSineWav(home.resolve("later.wav"), 44_100, 1, 2.0, 440),
                        "later.wav");
                assertThat(later.status()).as(later.raw().body()).isEqualTo(201);
                api.awaitOk("/api/v1/tracks/" + later.json().get("id").asString() + "/analysis", Duration.ofMinutes(2));
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
}
