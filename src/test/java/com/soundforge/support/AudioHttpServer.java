package com.soundforge.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 that serves files the way download tests need: slowly, flakily, or not at all. */
public final class AudioHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public AudioHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int hits(String path) {
        return hits.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    /** Serves the bytes with a Content-Length, in chunks with a pause after each. */
    public AudioHttpServer serve(String path, byte[] body, int chunkBytes, long pauseMillis) {
        server.createContext(path, exchange -> {
            count(path);
            exchange.getResponseHeaders().add("Content-Type", "audio/wav");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int at = 0; at < body.length; at += chunkBytes) {
                    out.write(body, at, Math.min(chunkBytes, body.length - at));
                    out.flush();
                    pause(pauseMillis);
                }
            } catch (IOException clientWentAway) {
                // a cancelled download closes the connection
            }
        });
        return this;
    }

    /** Answers 503 to the first {@code failures} requests, then serves the bytes. */
    public AudioHttpServer flaky(String path, byte[] body, int failures) {
        server.createContext(path, exchange -> {
            if (count(path) <= failures) {
                answer(exchange, 503, "text/plain", "busy".getBytes());
            } else {
                answer(exchange, 200, "audio/wav", body);
            }
        });
        return this;
    }

    public AudioHttpServer status(String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> {
            count(path);
            answer(exchange, status, contentType, body);
        });
        return this;
    }

    /** Stops answering a path, so that it can be served differently. */
    public AudioHttpServer forget(String path) {
        server.removeContext(path);
        return this;
    }

    public AudioHttpServer redirect(String path, String target) {
        server.createContext(path, exchange -> {
            count(path);
            exchange.getResponseHeaders().add("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        return this;
    }

    private int count(String path) {
        return hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    }

    private static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
