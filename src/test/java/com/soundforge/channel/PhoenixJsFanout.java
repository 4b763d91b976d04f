package com.soundforge.channel;

import com.soundforge.support.PhoenixNodeScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * For the channel fan-out benchmark: the official {@code phoenix} npm client (installed as for
 * {@link PhoenixNodeScript}) in one Node process, one socket per given topic, driven through
 * {@code bench/phoenix-fanout.mjs}.
 */
public final class PhoenixJsFanout implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();
    private final Path stderr;

    private PhoenixJsFanout(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = process.outputWriter(StandardCharsets.UTF_8);
        Thread.ofVirtual().start(this::readLines);
    }

    /** Starts one phoenix Socket per topic against ws://127.0.0.1:port/socket with the API key as token param. */
    public static PhoenixJsFanout start(int port, String token, List<String> topics) throws Exception {
        Path phoenix = PhoenixNodeScript.phoenixInstalled();
        Path script = PhoenixNodeScript.script("/bench/phoenix-fanout.mjs");
        Path stderr = Files.createTempFile("phoenix-fanout", ".log");
        ProcessBuilder builder = new ProcessBuilder(PhoenixNodeScript.node().toString(), script.toString()).redirectError(stderr.toFile());
        builder.environment().putAll(Map.of("PHOENIX_DIR", phoenix.toString(),
                "SFA_SOCKET_URL", "ws://127.0.0.1:" + port + "/socket", "SFA_TOKEN", token,
                "TOPICS", String.join(",", topics)));
        return new PhoenixJsFanout(builder.start(), stderr);
    }

    public static String version() {
        return PhoenixNodeScript.PHOENIX_VERSION;
    }

    /** The next printed line with this step, skipping others; fails after the timeout with the script's stderr. */
    public JsonNode awaitStep(String step, long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            JsonNode line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("The phoenix fan-out client printed no '" + step + "' within " + seconds
                        + " s; stderr:\n" + Files.readString(stderr));
            }
            if (line.path("step").asString().equals(step)) {
                return line;
            }
        }
    }

    /** Asks for the latencies recorded so far (and forgets them). */
    public JsonNode report() throws Exception {
        stdin.write("report\n");
        stdin.flush();
        return awaitStep("report", 30);
    }

    @Override
    public void close() throws IOException {
        try {
            stdin.write("exit\n");
            stdin.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        } finally {
            Files.deleteIfExists(stderr);
        }
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
