package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.AppProcess;
import com.soundforge.support.Health;
import com.soundforge.support.ThrowAwayDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database server goes away for a while (a restart, a failover) and comes back: the app recovers by itself. */
class DatabaseOutageTest {

    private static final String ADMIN_PASSWORD = "outage-test-admin-password";

    @TempDir
    Path home;

    @Test
    void afterTheDatabaseWasAwayForAMinuteSignInsImportsAndTheJobServerWorkAgainWithoutARestart() throws Exception {
        try (ThrowAwayDatabase database = new ThrowAwayDatabase()) {
            Assumptions.assumeTrue(database.isPostgres(), "a database server to take away (the PostgreSQL run)");
            List<String> properties = new ArrayList<>(database.properties());
            properties.addAll(List.of(
                    "--sfa.data-dir=" + home.resolve("data"),
                    "--sfa.admin.username=admin",
                    "--sfa.admin.password=" + ADMIN_PASSWORD,
                    "--spring.devtools.restart.enabled=false",
                    "--jobrunr.background-job-server.poll-interval-in-seconds=5",
                    "--logging.level.root=WARN"));
            try (AppProcess app = new AppProcess(properties)) {
                app.start(Duration.ofMinutes(3));
                ApiClient api = new ApiClient(app.port(), app.createApiKey("admin", ADMIN_PASSWORD));

                database.goAway();
                Instant back = Instant.now().plusSeconds(60);
                while (Instant.now().isBefore(back)) {
                    Thread.sleep(5_000);
                    database.dropConnections();
                }
                assertThat(Health.of(app.port()).get("status").asString()).isEqualTo("DOWN");
                Answer meanwhile = api.get("/api/v1/tracks");
                assertThat(meanwhile.status()).as(meanwhile.raw().body()).isEqualTo(503);
                assertThat(meanwhile.json().get("error").get("code").asString()).isEqualTo("unavailable");
                database.comeBack();

                Health.awaitUp(app.port(), Duration.ofSeconds(90));
                assertThat(app.createApiKey("admin", ADMIN_PASSWORD)).startsWith("sfa_");
                Answer uploaded = api.upload(
                        "/api/v1/tracks",
                        TestAudio.writeSineWav(home.resolve("after.wav"), 44_100, 1, 2.0, 440),
                        "after.wav");
                assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
                api.awaitOk(
                        "/api/v1/tracks/" + uploaded.json().get("id").asString() + "/analysis", Duration.ofMinutes(2));
            }
        }
    }
}
