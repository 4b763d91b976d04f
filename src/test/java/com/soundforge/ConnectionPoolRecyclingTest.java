package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.AppProcess;
import com.soundforge.support.ThrowAwayDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as users run it (its default database settings), with a connection pool that retires every connection
 * after 30 s instead of 30 min: what a server sees after running for a while.
 */
class ConnectionPoolRecyclingTest {

    private static final String ADMIN_PASSWORD = "pool-test-admin-password";

    @TempDir
    Path home;

    @Test
    void importsAndSignInsStillWorkAfterThePoolHasRetiredEveryConnection() throws Exception {
        try (ThrowAwayDatabase database = new ThrowAwayDatabase()) {
            List<String> properties = new ArrayList<>(database.properties());
            properties.addAll(List.of(
                    "--sfa.data-dir=" + home.resolve("data"),
                    "--sfa.admin.username=admin",
                    "--sfa.admin.password=" + ADMIN_PASSWORD,
                    "--spring.devtools.restart.enabled=false",
                    "--spring.datasource.hikari.max-lifetime=30000",
                    "--spring.datasource.hikari.minimum-idle=0",
                    "--logging.level.com.zaxxer.hikari.pool.PoolBase=DEBUG",
                    "--logging.level.root=WARN"));
            try (AppProcess app = new AppProcess(properties)) {
                app.start(Duration.ofMinutes(3));
                ApiClient api = new ApiClient(app.port(), app.createApiKey("admin", ADMIN_PASSWORD));
                assertImported(api, TestAudio.writeSineWav(home.resolve("before.wav"), 44_100, 2, 3.0, 220));

                // H2 2.4.240 bound the database's check constraints to the session that created them: once the pool
                // retired it, imports failed with "The database has been closed", half-done (a track, no pipeline)
                app.awaitOutput("passed maxLifetime", Duration.ofSeconds(90));
                for (int i = 0; i < 15; i++) {
                    Thread.sleep(2_000);
                    assertImported(
                            api,
                            TestAudio.writeSineWav(home.resolve("after-" + i + ".wav"), 44_100, 1, 1.0, 300 + 10 * i));
                }
                assertThat(app.createApiKey("admin", ADMIN_PASSWORD)).startsWith("sfa_");

                app.stop();
                app.start(Duration.ofMinutes(3));
                assertThat(api.get("/api/v1/tracks").json().get("total").asInt())
                        .isEqualTo(16);
            }
        }
    }

    private static void assertImported(ApiClient api, Path file) throws Exception {
        Answer uploaded = api.upload("/api/v1/tracks", file, file.getFileName().toString());
        assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
        String trackId = uploaded.json().get("id").asString();
        Answer pipeline = api.get("/api/v1/tracks/" + trackId + "/pipeline");
        assertThat(pipeline.status()).as(pipeline.raw().body()).isEqualTo(200);
        assertThat(pipeline.json().size()).as("stages of the uploaded track").isGreaterThan(0);
    }
}
