package com.soundforge.channel;

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
 * The official {@code phoenix} npm client, run by the project's Node on {@code phoenix-client.mjs}. Installed from
 * the npm registry into {@code target/phoenix-client} the first time it is needed.
 */
final class PhoenixJsClient implements AutoCloseable {

    static final String VERSION = "1.8.16";
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path NODE = PROJECT.resolve(".tools/node/node");
    private static final Path NPM = PROJECT.resolve(".tools/node/lib/node_modules/npm/bin/npm-cli.js");
    private static final Path INSTALL = PROJECT.resolve("target/phoenix-client");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final BlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();
    private final Path stderr;

    private PhoenixJsClient(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread.ofVirtual().start(this::readLines);
    }

    /** Runs the script in the given mode (session, auth-token, bad-token) against ws://localhost:port/socket. */
    static PhoenixJsClient start(int port, String token, String mode) throws Exception {
        Path phoenix = ensureInstalled();
        Path script = Path.of(PhoenixJsClient.class.getResource("/channel/phoenix-client.mjs").toURI());
        Path stderr = Files.createTempFile("phoenix-client", ".log");
        ProcessBuilder builder = new ProcessBuilder(NODE.toString(), script.toString())
                .redirectError(stderr.toFile());
        builder.environment().putAll(Map.of("PHOENIX_DIR", phoenix.toString(),
                "SFA_SOCKET_URL", "ws://localhost:" + port + "/socket", "SFA_TOKEN", token, "MODE", mode));
        return new PhoenixJsClient(builder.start(), stderr);
    }

    static synchronized Path ensureInstalled() throws IOException, InterruptedException {
        Path packageJson = INSTALL.resolve("node_modules/phoenix/package.json");
        if (Files.exists(packageJson) && Files.readString(packageJson).contains("\"version\": \"" + VERSION + "\"")) {
            return INSTALL;
        }
        if (!Files.isExecutable(NODE)) {
            throw new IllegalStateException("Node is missing at " + NODE + "; a Maven build provisions it");
        }
        Files.createDirectories(INSTALL);
        Files.writeString(INSTALL.resolve("package.json"), "{\"private\": true}\n");
        Process npm = new ProcessBuilder(NODE.toString(), NPM.toString(), "install", "--no-audit", "--no-fund",
                "--no-package-lock", "phoenix@" + VERSION)
                .directory(INSTALL.toFile()).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(packageJson)) {
            throw new IllegalStateException("npm install phoenix@" + VERSION + " failed:\n" + output);
        }
        return INSTALL;
    }

    /** The next printed step; fails after the timeout, with the script's stderr. */
    JsonNode next(long seconds) throws Exception {
        JsonNode line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("The phoenix client printed nothing for " + seconds + " s; stderr:\n"
                    + Files.readString(stderr));
        }
        return line;
    }

    /** The next step with this name, skipping others; fails if the script ends or stalls first. */
    JsonNode awaitStep(String step) throws Exception {
        while (true) {
            JsonNode line = next(20);
            if (line.path("step").asString().equals(step)) {
                return line;
            }
        }
    }

    int exitCode() throws Exception {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("The phoenix client did not exit");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stderr);
    }

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line.startsWith("{") ? JSON.readTree(line)
                        : JSON.createObjectNode().put("step", "unexpected output").put("text", line));
            }
        } catch (IOException e) {
            lines.add(JSON.createObjectNode().put("step", "output failed").put("text", e.getMessage()));
        }
    }
}
