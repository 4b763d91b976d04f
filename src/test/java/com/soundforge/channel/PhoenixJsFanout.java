package com.soundforge.channel;

import com.soundforge.support.PhoenixNodeScript;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * For the channel fan-out benchmark: the official {@code phoenix} npm client in one Node process, one socket per
 * given topic, driven through {@code bench/phoenix-fanout.mjs} (run by {@link PhoenixNodeScript}).
 */
public final class PhoenixJsFanout implements AutoCloseable {

    private final PhoenixNodeScript script;

    private PhoenixJsFanout(PhoenixNodeScript script) {
        this.script = script;
    }

    /** Starts one phoenix Socket per topic against ws://127.0.0.1:port/socket with the API key as token param. */
    public static PhoenixJsFanout start(int port, String token, List<String> topics) throws Exception {
        return new PhoenixJsFanout(PhoenixNodeScript.run(
                "/bench/phoenix-fanout.mjs",
                Map.of(
                        "SFA_SOCKET_URL",
                        "ws://127.0.0.1:" + port + "/socket",
                        "SFA_TOKEN",
                        token,
                        "TOPICS",
                        String.join(",", topics))));
    }

    public static String version() {
        return PhoenixNodeScript.PHOENIX_VERSION;
    }

    /** The next printed line with this step, skipping others; fails after the timeout with the script's stderr. */
    public JsonNode awaitStep(String step, long seconds) throws Exception {
        return script.awaitStep(step, seconds);
    }

    /** Asks for the latencies recorded so far (and forgets them). */
    public JsonNode report() throws Exception {
        script.send("report");
        return awaitStep("report", 30);
    }

    @Override
    public void close() throws IOException {
        try {
            script.send("exit");
            script.exitCode();
        } catch (Exception | AssertionError e) {
            // the process is killed below either way
        } finally {
            script.close();
        }
    }
}
