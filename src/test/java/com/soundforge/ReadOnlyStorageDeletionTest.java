package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.AppProcess;
import com.soundforge.support.SmallDisk;
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

/**
 * Tracks are deleted while the audio folder's file system is read-only: the tracks go at once, their files as soon as
 * the storage can be written again (a periodic retry, or the next start).
 */
class ReadOnlyStorageDeletionTest {

    private static final String ADMIN_PASSWORD = "read-only-admin-password";

    @TempDir
    Path home;

    @Test
    void filesThatCouldNotBeDeletedAreRemovedLaterByTheRetryAndAtTheNextStart() throws Exception {
        Path dataDir = home.resolve("data");
        try (SmallDisk audio = SmallDisk.mount(dataDir.resolve("audio"), 32);
                ThrowAwayDatabase database = new ThrowAwayDatabase()) {
            List<String> properties = new ArrayList<>(database.properties());
            properties.addAll(List.of(
                    "--sfa.data-dir=" + dataDir,
                    "--sfa.admin.username=admin",
                    "--sfa.admin.password=" + ADMIN_PASSWORD,
                    "--spring.devtools.restart.enabled=false",
                    "--sfa.storage.deletion-retry-interval=2s",
                    "--sfa.pipeline.start-on-upload=false",
                    "--logging.level.root=WARN"));
            try (AppProcess app = new AppProcess(properties)) {
                app.start(Duration.ofMinutes(3));
                ApiClient api = new ApiClient(app.port(), app.createApiKey("admin", ADMIN_PASSWORD));

                String first = upload(api, "first.wav", 220);
                Path firstFile = onlyFile(audio.root());
                audio.readOnly();
                assertThat(api.delete("/api/v1/tracks/" + first).status()).isEqualTo(204);
                assertThat(api.get("/api/v1/tracks/" + first).status()).isEqualTo(404);
                assertThat(firstFile).exists();
                app.awaitOutput("will be deleted later", Duration.ofSeconds(10));
                audio.writable();
                awaitGone(firstFile, Duration.ofSeconds(30));

                String second = upload(api, "second.wav", 330);
                Path secondFile = onlyFile(audio.root());
                audio.readOnly();
                assertThat(api.delete("/api/v1/tracks/" + second).status()).isEqualTo(204);
                Thread.sleep(3_000); // the embedded H2 writes its commits to disk within a second
                app.kill();
                audio.writable();
                assertThat(secondFile).exists();
                app.start(Duration.ofMinutes(3));
                awaitGone(secondFile, Duration.ofSeconds(10));
                assertThat(api.get("/api/v1/tracks/" + second).status()).isEqualTo(404);
            }
        }
    }

    private String upload(ApiClient api, String name, int hz) throws Exception {
        Answer created =
                api.upload("/api/v1/tracks", TestAudio.writeSineWav(home.resolve(name), 44_100, 1, 1.0, hz), name);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Path onlyFile(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            List<Path> files = all.filter(Files::isRegularFile).toList();
            assertThat(files).hasSize(1);
            return files.getFirst();
        }
    }

    private static void awaitGone(Path file, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (Files.exists(file) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(file).as("deleted once the storage is writable").doesNotExist();
    }
}
