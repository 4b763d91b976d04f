package com.soundforge.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** What {@code GET /health} says of an app started by a test, as a monitor would ask it. */
public final class Health {

    private Health() {}

    public static JsonNode of(int port) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return ApiClient.JSON.readTree(health.body());
    }

    public static void awaitUp(int port, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        JsonNode state = of(port);
        while (!state.get("status").asString().equals("UP") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            state = of(port);
        }
        assertThat(state.get("status").asString()).as(state.toString()).isEqualTo("UP");
    }
}
