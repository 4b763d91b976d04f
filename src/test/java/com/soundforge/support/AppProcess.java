package com.soundforge.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole application in a separate JVM, so a test can kill it the hard way (SIGKILL) and start it again: from
 * the test classpath, or from a packaged jar ({@link #ofJar}).
 */
public final class AppProcess implements AutoCloseable {

    private final List<String> launcher;
    private final List<String> arguments;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final int port;
    private Process process;
    private Thread outputReader;

    public AppProcess(List<String> properties) throws IOException {
        this(List.of("-cp", System.getProperty("java.class.path"), "com.soundforge.Application"), properties);
    }

    /** The application as {@code java -jar jar}. */
    public static AppProcess ofJar(Path jar, List<String> properties) throws IOException {
        return new AppProcess(List.of("-jar", jar.toAbsolutePath().toString()), properties);
    }

    private AppProcess(List<String> launcher, List<String> properties) throws IOException {
        this.launcher = List.copyOf(launcher);
        this.port = freePort();
        this.arguments = new ArrayList<>(properties);
        this.arguments.add("--server.port=" + port);
    }

    public int port() {
        return port;
    }

    public void start(Duration patience) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(launcher);
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        outputReader = Thread.ofVirtual().start(this::collectOutput);
        awaitHealthy(patience);
    }

    /** SIGTERM, as a service manager stops the app, and waits for it to exit. */
    public int stop() throws InterruptedException {
        process.destroy();
        int exit = process.waitFor();
        outputReader.join(5_000);
        return exit;
    }

    /** SIGKILL: no shutdown hooks, no graceful stop, exactly like kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public List<String> output() {
        return output;
    }

    /** Waits until the app has printed a line containing the text. */
    public void awaitOutput(String text, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (output.stream().noneMatch(line -> line.contains(text))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The app did not print '" + text + "' in " + patience + ": " + tail());
            }
            Thread.sleep(200);
        }
    }

    /** A new API key for a user, made over HTTP Basic as a client would. */
    public String createApiKey(String username, String password) throws IOException, InterruptedException {
        String basic = java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/api-keys"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"test\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("No API key: " + created.statusCode() + " " + created.body());
        }
        return ApiClient.JSON.readTree(created.body()).get("key").asString();
    }

    private void awaitHealthy(Duration patience) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited: " + tail());
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The app did not become healthy in " + patience + ": " + tail());
    }

    private void collectOutput() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException ignored) {
            // the process was killed
        }
    }

    private String tail() {
        return String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
