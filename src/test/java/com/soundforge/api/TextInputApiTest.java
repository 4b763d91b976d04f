package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.InfoTaggedWav;
import com.soundforge.audio.TestAudio;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Text from a client or from a file's tags: NUL never reaches the database (PostgreSQL refuses it, H2 would store
 * it), names cannot carry invisible control characters, and too-long text gets a clear answer. Run it on both
 * databases.
 */
@SfaWebTest
class TextInputApiTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @TempDir
    Path work;

    UserAccount user;
    ApiClient api;

    @BeforeEach
    void client() {
        user = TestUsers.create(users);
        api = ApiClient.forUser(port, keys, user);
    }

    @Test
    void aWavWithRiffInfoTagsIsImportedWithItsTagsWithoutTheirNulBytes() throws Exception {
        Path wav = InfoTaggedWav.write(work.resolve("tagged.wav"), "My Song", "My Artist", "My Album");

        Answer created = api.upload("/api/v1/tracks", wav, "tagged.wav");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("title").asString()).isEqualTo("My Song");
        assertThat(created.json().get("artist").asString()).isEqualTo("My Artist");
        assertThat(created.json().get("album").asString()).isEqualTo("My Album");
        Answer found = api.get("/api/v1/tracks?search=My%20Song");
        assertThat(found.json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void nulInASearchIsRefusedWith422NamingTheParameter() throws Exception {
        Answer refused = api.get("/api/v1/tracks?search=a%00b");

        assertInvalid(refused, "search");
    }

    @Test
    void nulInAnImportUrlIsRefusedWith422() throws Exception {
        Answer refused = api.postJson("/api/v1/imports", "{\"url\": \"http://127.0.0.1:9/a\\u0000b.wav\"}");

        assertInvalid(refused, "url");
    }

    @Test
    void anImportUrlLongerThanTheStoredLimitIsRefusedWith422() throws Exception {
        String url = "http://127.0.0.1:9/" + "a".repeat(2100 - 19 - 4) + ".wav";

        Answer refused = api.postJson("/api/v1/imports", "{\"url\": \"" + url + "\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("bad_url");
        assertThat(refused.json().get("error").get("message").asString()).contains("2048");
    }

    @Test
    void apiKeyNamesWithNulNewlinesOrDirectionOverridesAreRefused() throws Exception {
        for (String name : new String[] {"cli\\u0000", "two\\nlines", "\\u202Egnp.exe"}) {
            HttpResponse<String> refused = createKey("{\"name\": \"" + name + "\"}");

            assertThat(refused.statusCode()).as(name).isEqualTo(422);
            JsonNode error = ApiClient.JSON.readTree(refused.body()).get("error");
            assertThat(error.get("code").asString()).isEqualTo("invalid");
        }
        assertThat(createKey("{\"name\": \"\u0645\u0641\u062a\u0627\u062d laptop\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(keys.list(user.id())).hasSize(2);
    }

    @Test
    void aFiveThousandCharacterFileNameIsAcceptedAndShortened() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("long.wav"), 8000, 1, 0.2, 440);
        String name = "Long Artist - " + "x".repeat(5000) + ".wav";

        Answer created = api.upload("/api/v1/tracks", wav, name);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("original_filename").asString())
                .hasSizeLessThanOrEqualTo(255)
                .endsWith(".wav");
        assertThat(created.json().get("artist").asString()).isEqualTo("Long Artist");
    }

    @Test
    void aFileNameTooLongEvenForThePartHeadersIsRefusedAsSuchNotAsATooLargeFile() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("longer.wav"), 8000, 1, 0.2, 440);

        Answer refused = api.upload("/api/v1/tracks", wav, "y".repeat(20_000) + ".wav");

        assertInvalid(refused, "file name");
    }

    @Test
    void aNulByteInTheMultipartHeadersIsAClientError() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("nul.wav"), 8000, 1, 0.2, 440);

        Answer refused = api.upload("/api/v1/tracks", wav, "a\u0000b.wav");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("invalid");
    }

    @Test
    void controlCharactersInAnUploadedFileNameAreRemoved() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("ctl.wav"), 8000, 1, 0.25, 330);

        Answer created = api.upload("/api/v1/tracks", wav, "Ni\u001bce\u202E - Tu\u0007ne.wav");

        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.json().get("original_filename").asString()).isEqualTo("Ni ce - Tu ne.wav");
        assertThat(created.json().get("title").asString()).isEqualTo("Tu ne");
    }

    @Test
    void nulInAPathSegmentIsABadRequestInJson() throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/v1/tracks/00000000-0000-0000-0000-000000000000/stems/vo%00cals"))
                        .header(
                                "Authorization",
                                "Bearer " + keys.create(user.id(), "path").rawKey())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(ApiClient.JSON
                        .readTree(answer.body())
                        .get("error")
                        .get("code")
                        .asString())
                .isEqualTo("bad_request");
    }

    private HttpResponse<String> createKey(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/api-keys"))
                        .header("Authorization", RawHttp.basic(user.username(), TestUsers.PASSWORD))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertInvalid(Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("error").get("code").asString()).isEqualTo("invalid");
        assertThat(answer.json().get("error").get("message").asString()).contains(field);
    }
}
