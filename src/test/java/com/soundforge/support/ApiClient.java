package com.soundforge.support;

import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the REST API over real HTTP with one user's API key. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;
    private final String key;

    public ApiClient(int port, String key) {
        this.baseUrl = "http://localhost:" + port;
        this.key = key;
    }

    public static ApiClient forUser(int port, ApiKeyService keys, UserAccount user) {
        return new ApiClient(port, keys.create(user.id(), "test").rawKey());
    }

    public record Answer(int status, JsonNode json, HttpResponse<String> raw) {}

    public Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Answer delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    public Answer postJson(String path, String body) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer putJson(String path, String body) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer upload(String path, Path file, String fileName) throws IOException, InterruptedException {
        String boundary = "sfa" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = Files.readAllBytes(file);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Asks for the path until it answers 200 (e.g. an analysis the pipeline is still making). */
    public Answer awaitOk(String path, java.time.Duration patience) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plus(patience);
        Answer answer = get(path);
        while (answer.status() != 200 && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            answer = get(path);
        }
        org.assertj.core.api.Assertions.assertThat(answer.status())
                .as("GET %s: %s", path, answer.raw().body())
                .isEqualTo(200);
        return answer;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + key);
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        JsonNode json = body == null || body.isBlank() ? null : JSON.readTree(body);
        return new Answer(response.statusCode(), json, response);
    }
}
