package com.soundforge.dj;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code src/test/resources/dj/phoenix-dj-spectator.mjs} with the project's Node and the official phoenix
 * client (installed into {@code target/phoenix-client}, as the channel tests do).
 */
final class NodePhoenix implements AutoCloseable {

    static final String VERSION = "1.8.16";
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path NODE = PROJECT.resolve(".tools/node/node");
    private static final Path NPM = PROJECT.resolve(".tools/node/lib/node_modules/npm/bin/npm-cli.js");
    private static final Path INSTALL = PROJECT.resolve("target/phoenix-client");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();

    private NodePhoenix(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread.ofVirtual().start(this::read);
    }

    static NodePhoenix spectator(int port, String share, String sessionId, String name) throws Exception {
        Path script = Path.of(NodePhoenix.class.getResource("/dj/phoenix-dj-spectator.mjs").toURI());
        Path err = Files.createTempFile("phoenix-dj", ".log");
        ProcessBuilder builder = new ProcessBuilder(NODE.toString(), script.toString()).redirectError(err.toFile());
        builder.environment().putAll(Map.of("PHOENIX_DIR", installed().toString(), "SFA_SOCKET_URL",
                "ws://localhost:" + port + "/socket", "SHARE", share, "SESSION_ID", sessionId, "NAME", name));
        return new NodePhoenix(builder.start(), err);
    }

    private static synchronized Path installed() throws IOException, InterruptedException {
        Path packageJson = INSTALL.resolve("node_modules/phoenix/package.json");
        if (Files.exists(packageJson) && Files.readString(packageJson).contains("\"version\": \"" + VERSION + "\"")) {
            return INSTALL;
        }
        Files.createDirectories(INSTALL);
        Files.writeString(INSTALL.resolve("package.json"), "{\"private\": true}\n");
        Process npm = new ProcessBuilder(NODE.toString(), NPM.toString(), "install", "--no-audit", "--no-fund",
                "--no-package-lock", "phoenix@" + VERSION).directory(INSTALL.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm install phoenix@" + VERSION + " failed:\n" + output);
        }
        return INSTALL;
    }

    /** The next printed step with this name (others skipped); fails after 20 s without it. */
    JsonNode await(String step) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            JsonNode line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.path("step").asString().equals(step)) {
                return line;
            }
        }
        throw new AssertionError("No '" + step + "' from the phoenix client; stderr:\n" + Files.readString(stderr));
    }

    /** The next "sync" whose people/screens match. */
    JsonNode awaitSync(int people, int screens) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            JsonNode sync = await("sync");
            if (sync.path("people").asInt() == people && sync.path("screens").asInt() == screens) {
                return sync;
            }
        }
        throw new AssertionError("Presence never showed " + people + " people on " + screens + " screens");
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stderr);
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("{")) {
                    lines.add(JSON.readTree(line));
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
