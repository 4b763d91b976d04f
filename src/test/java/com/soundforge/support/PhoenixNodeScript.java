package com.soundforge.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test script (a resource under {@code src/test/resources}) run by the project's Node with the official
 * {@code phoenix} npm client, which is installed from the npm registry into {@code target/phoenix-client} the first
 * time it is needed (the script finds it through {@code PHOENIX_DIR}). The script prints one JSON object per line,
 * each with a {@code step}; the test waits for them.
 */
public final class PhoenixNodeScript implements AutoCloseable {

    public static final String PHOENIX_VERSION = "1.8.16";
    public static final String WS_VERSION = "8.18.3";
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path NODE = PROJECT.resolve(".tools/node/node");
    private static final Path NPM = PROJECT.resolve(".tools/node/lib/node_modules/npm/bin/npm-cli.js");
    private static final Path INSTALL = PROJECT.resolve("target/phoenix-client");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();
    private final Path stderr;

    private PhoenixNodeScript(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = process.outputWriter(StandardCharsets.UTF_8);
        Thread.ofVirtual().start(this::readLines);
    }

    /** Writes one command line to the script's standard input. */
    public void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    /** Starts {@code scriptResource} (e.g. "/channel/phoenix-client.mjs") with these environment variables. */
    public static PhoenixNodeScript run(String scriptResource, Map<String, String> env) throws Exception {
        Path script = script(scriptResource);
        Path stderr = Files.createTempFile("phoenix-node", ".log");
        ProcessBuilder builder = new ProcessBuilder(NODE.toString(), script.toString()).redirectError(stderr.toFile());
        Map<String, String> all = new HashMap<>(env);
        all.put("PHOENIX_DIR", phoenixInstalled().toString());
        builder.environment().putAll(all);
        return new PhoenixNodeScript(builder.start(), stderr);
    }

    public static Path node() {
        return NODE;
    }

    public static Path script(String resource) throws URISyntaxException {
        return Path.of(PhoenixNodeScript.class.getResource(resource).toURI());
    }

    /** The folder holding {@code node_modules/phoenix}, installed on first use. */
    public static Path phoenixInstalled() throws IOException, InterruptedException {
        return installed("phoenix", PHOENIX_VERSION);
    }

    /** The folder holding {@code node_modules/ws} (the benchmarks' minimal WebSocket server and crowd clients). */
    public static Path wsInstalled() throws IOException, InterruptedException {
        return installed("ws", WS_VERSION);
    }

    private static synchronized Path installed(String name, String version) throws IOException, InterruptedException {
        Path packageJson = INSTALL.resolve("node_modules/" + name + "/package.json");
        if (Files.exists(packageJson) && Files.readString(packageJson).contains("\"version\": \"" + version + "\"")) {
            return INSTALL;
        }
        if (!Files.isExecutable(NODE)) {
            throw new IllegalStateException("Node is missing at " + NODE + "; a Maven build provisions it");
        }
        Files.createDirectories(INSTALL);
        Path manifest = INSTALL.resolve("package.json");
        if (!Files.exists(manifest)) {
            // without a package.json of its own, npm installs into the nearest parent that has one: the project's
            Files.writeString(manifest, "{\"name\": \"sfa-phoenix-client\", \"private\": true}\n");
        }
        Process npm = new ProcessBuilder(
                        NODE.toString(),
                        NPM.toString(),
                        "install",
                        "--no-audit",
                        "--no-fund",
                        "--no-package-lock",
                        name + "@" + version)
                .directory(INSTALL.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(packageJson)) {
            throw new IllegalStateException("npm install " + name + "@" + version + " failed:\n" + output);
        }
        return INSTALL;
    }

    /** The next printed step; fails after the timeout, with the script's stderr. */
    public JsonNode next(long seconds) throws Exception {
        JsonNode line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError(
                    "The script printed nothing for " + seconds + " s; stderr:\n" + Files.readString(stderr));
        }
        return line;
    }

    /** The next step with this name, skipping others; fails if none comes within 20 s. */
    public JsonNode awaitStep(String step) throws Exception {
        return awaitStep(step, 20);
    }

    /** The next step with this name, skipping others; fails if none comes within {@code seconds}. */
    public JsonNode awaitStep(String step, long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            JsonNode line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.path("step").asString().equals(step)) {
                return line;
            }
        }
        throw new AssertionError(
                "No '" + step + "' from the script within " + seconds + " s; stderr:\n" + Files.readString(stderr));
    }

    public int exitCode() throws Exception {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError("The script did not exit");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(stderr);
    }

    private void readLines() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(
                        line.startsWith("{")
                                ? JSON.readTree(line)
                                : JSON.createObjectNode()
                                        .put("step", "unexpected output")
                                        .put("text", line));
            }
        } catch (IOException e) {
            lines.add(JSON.createObjectNode().put("step", "output failed").put("text", e.getMessage()));
        }
    }
}
