package com.soundforge.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A raw Phoenix V2 client over java.net.http for protocol tests: sends frames as text, collects every frame the
 * server sends, in order, and the close code.
 */
public final class PhoenixTestClient implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean paused;
    private WebSocket socket;

    private PhoenixTestClient() {}

    public static URI uri(int port, String query) {
        return URI.create("ws://localhost:" + port + "/socket/websocket" + (query.isEmpty() ? "" : "?" + query));
    }

    public static PhoenixTestClient connect(int port, String token) {
        return connect(uri(port, "token=" + token + "&vsn=2.0.0"));
    }

    public static PhoenixTestClient connect(URI uri, String... subprotocols) {
        PhoenixTestClient client = new PhoenixTestClient();
        client.socket = builder(subprotocols).buildAsync(uri, client.listener()).join();
        return client;
    }

    /** The HTTP status with which the server refused the handshake; fails if it accepted. */
    public static int refusedHandshakeStatus(URI uri, String... subprotocols) {
        try {
            WebSocket accepted = builder(subprotocols)
                    .buildAsync(uri, new WebSocket.Listener() {})
                    .join();
            accepted.abort();
            throw new AssertionError("The handshake was accepted");
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    private static WebSocket.Builder builder(String... subprotocols) {
        WebSocket.Builder builder =
                HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (subprotocols.length > 0) {
            builder.subprotocols(subprotocols[0], java.util.Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
        }
        return builder;
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Sends raw text as one message; false once the socket is closed. */
    public synchronized boolean send(String text) {
        try {
            socket.sendText(text, true).get(10, TimeUnit.SECONDS);
            return true;
        } catch (Exception closed) {
            return false;
        }
    }

    public void push(String joinRef, String ref, String topic, String event, String payloadJson) {
        send("[" + quote(joinRef) + "," + quote(ref) + "," + quote(topic) + "," + quote(event) + "," + payloadJson
                + "]");
    }

    /** Joins with join_ref = ref = the given ref and returns the reply. */
    public JsonNode join(String ref, String topic) {
        push(ref, ref, topic, "phx_join", "{}");
        return next();
    }

    public JsonNode heartbeat(String ref) {
        push(null, ref, "phoenix", "heartbeat", "{}");
        return next();
    }

    /** The next frame from the server; fails when none comes within {@link #WAIT}. */
    public JsonNode next() {
        try {
            JsonNode frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("No frame within " + WAIT);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next frame that is not one of {@code events} (e.g. presence frames a test does not look at). */
    public JsonNode nextExcept(String... events) {
        java.util.Set<String> skipped = java.util.Set.of(events);
        while (true) {
            JsonNode frame = next();
            if (!skipped.contains(frame.at("/3").asString())) {
                return frame;
            }
        }
    }

    /** Every frame that arrives within the given time (for asserting that nothing, or nothing more, comes). */
    public List<JsonNode> framesWithin(Duration time) throws InterruptedException {
        List<JsonNode> received = new ArrayList<>();
        long end = System.nanoTime() + time.toNanos();
        for (long left = time.toNanos(); left > 0; left = end - System.nanoTime()) {
            JsonNode frame = frames.poll(left, TimeUnit.NANOSECONDS);
            if (frame != null) {
                received.add(frame);
            }
        }
        return received;
    }

    /** The close code the server sent; fails when the socket is still open after the wait. */
    public int awaitClose(Duration wait) {
        try {
            return closeCode.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("The socket did not close within " + wait, e);
        }
    }

    /** Stops taking frames from the network after the next one, like a client that hangs. */
    public void stopReading() {
        paused = true;
    }

    public boolean isClosed() {
        return closeCode.isDone();
    }

    @Override
    public void close() {
        if (!closeCode.isDone()) {
            socket.abort();
        }
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    frames.add(JSON.readTree(partial.toString()));
                    partial.setLength(0);
                }
                if (!paused) {
                    webSocket.request(1);
                }
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closeCode.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closeCode.complete(-1);
            }
        };
    }

    private static String quote(String value) {
        return value == null ? "null" : JSON.writeValueAsString(value);
    }

    /** A frame as the five-element JSON array it is on the wire, for assertions. */
    public static String wire(JsonNode frame) {
        return JSON.writeValueAsString(frame);
    }
}
