package com.soundforge.channel;

import java.util.Map;
import java.util.Objects;

/** The reply to a client push: {@code {"status": "ok"|"error", "response": …}} on the wire. */
public record Reply(boolean ok, Object response) {

    public Reply {
        Objects.requireNonNull(response, "response");
    }

    public static Reply ok(Object response) {
        return new Reply(true, response);
    }

    public static Reply error(String reason) {
        return new Reply(false, Map.of("reason", reason));
    }

    String status() {
        return ok ? "ok" : "error";
    }
}
