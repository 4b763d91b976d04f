package com.soundforge.channel;

import com.soundforge.support.PhoenixNodeScript;
import java.util.Map;

/** The official {@code phoenix} npm client driven by {@code phoenix-client.mjs}. */
final class PhoenixJsClient {

    private PhoenixJsClient() {}

    /** Runs the script in the given mode (session, auth-token, bad-token) against ws://localhost:port/socket. */
    static PhoenixNodeScript start(int port, String token, String mode) throws Exception {
        return PhoenixNodeScript.run(
                "/channel/phoenix-client.mjs",
                Map.of("SFA_SOCKET_URL", "ws://localhost:" + port + "/socket", "SFA_TOKEN", token, "MODE", mode));
    }
}
