package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.support.AppProcess;
import com.soundforge.support.ThrowAwayDatabase;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app is killed (kill -9) while the servlet container writes an upload's body to its temp file. */
class MultipartLeftoverTest {

    private static final String ADMIN_PASSWORD = "multipart-admin-password";

    @TempDir
    Path home;

    @Test
    void anUploadCutOffByAKillLeavesItsTempFileInTheDataFolderOnlyUntilTheNextStart() throws Exception {
        Path dataDir = home.resolve("data");
        Path multipart = dataDir.resolve("tmp-multipart");
        try (ThrowAwayDatabase database = new ThrowAwayDatabase()) {
            List<String> properties = new ArrayList<>(database.properties());
            properties.addAll(List.of(
                    "--sfa.data-dir=" + dataDir,
                    "--sfa.admin.username=admin",
                    "--sfa.admin.password=" + ADMIN_PASSWORD,
                    "--spring.devtools.restart.enabled=false",
                    "--logging.level.root=WARN"));
            try (AppProcess app = new AppProcess(properties)) {
                app.start(Duration.ofMinutes(3));
                String key = app.createApiKey("admin", ADMIN_PASSWORD);
                try (Socket socket = new Socket("localhost", app.port())) {
                    sendHalfAnUpload(socket.getOutputStream(), key);
                    awaitFiles(multipart, Duration.ofSeconds(30));
                    app.kill();
                }
                assertThat(files(multipart))
                        .as("the body's temp file after kill -9")
                        .isNotEmpty();

                app.start(Duration.ofMinutes(3));
                assertThat(files(multipart)).as("swept at start").isEmpty();
            }
        }
    }

    /** Announces a 100 MB body and sends the first 4 MB of it, then stalls. */
    private static void sendHalfAnUpload(OutputStream out, String key) throws Exception {
        String boundary = "sfa-stalled-upload";
        String partHead = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.wav\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n";
        long length = 100L * 1024 * 1024;
        out.write(("POST /api/v1/tracks HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
                        + length
                        + "\r\n\r\n" + partHead)
                .getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 64; i++) {
            out.write(chunk);
        }
        out.flush();
    }

    private static void awaitFiles(Path folder, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (files(folder).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
