package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SfaWebTest
class DawProjectsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @TempDir
    Path work;

    ApiClient producer;
    ApiClient stranger;

    @BeforeEach
    void clients() {
        producer = ApiClient.forUser(port, keys, TestUsers.create(users));
        stranger = ApiClient.forUser(port, keys, TestUsers.create(users));
    }

    @Test
    void aProjectIsCreatedEditedWithBatchesReadAndDeletedByItsOwnerOnly() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("Loop Maker - Pad.wav"), 44_100, 2, 4.0, 220);
        String trackId = producer.upload("/api/v1/tracks", wav, "Loop Maker - Pad.wav")
                .json()
                .get("id")
                .asString();

        Answer created = producer.postJson("/api/v1/daw/projects", "{\"with_track\": \"" + trackId + "\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("tracks").asInt()).isEqualTo(1);
        assertThat(created.json().get("clips").asInt()).isEqualTo(1);

        Answer state = producer.get("/api/v1/daw/projects/" + id);
        assertThat(state.status()).isEqualTo(200);
        long seq = state.json().get("seq").asLong();
        String clipId = state.json().get("clips").get(0).get("id").asString();
        assertThat(state.json()
                        .get("clips")
                        .get(0)
                        .get("source")
                        .get("duration")
                        .asDouble())
                .isEqualTo(4.0);

        String batch = "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":["
                + "{\"op\":\"set\",\"kind\":\"clip\",\"id\":\"" + clipId + "\",\"prop\":\"fadeIn\",\"value\":0.5},"
                + "{\"op\":\"set\",\"kind\":\"clip\",\"id\":\"" + clipId
                + "\",\"prop\":\"fadeInCurve\",\"value\":\"scurve\"},"
                + "{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"bpm\",\"value\":126}]}";
        Answer applied = producer.postJson("/api/v1/daw/projects/" + id + "/operations", batch);
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.json().get("from").asLong()).isEqualTo(seq + 1);
        assertThat(applied.json().get("seq").asLong()).isEqualTo(seq + 3);

        Answer after = producer.get("/api/v1/daw/projects/" + id);
        assertThat(after.json().get("bpm").asDouble()).isEqualTo(126.0);
        assertThat(after.json().get("clips").get(0).get("fadeInCurve").asString())
                .isEqualTo("scurve");
        Answer missed = producer.get("/api/v1/daw/projects/" + id + "/operations?after=" + seq);
        assertThat(missed.json().size()).isEqualTo(1);
        assertThat(missed.json().get(0).get("ops").size()).isEqualTo(3);

        assertThat(stranger.get("/api/v1/daw/projects/" + id).status()).isEqualTo(404);
        assertThat(stranger.postJson("/api/v1/daw/projects/" + id + "/operations", batch)
                        .status())
                .isEqualTo(404);
        assertThat(stranger.delete("/api/v1/daw/projects/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/daw/projects").json().size()).isZero();
        assertThat(producer.get("/api/v1/daw/projects").json().get(0).get("id").asString())
                .isEqualTo(id);

        assertThat(producer.delete("/api/v1/daw/projects/" + id).status()).isEqualTo(204);
        assertThat(producer.get("/api/v1/daw/projects/" + id).status()).isEqualTo(404);
    }

    @Test
    void badBatchesAreRefusedWithTheReasonAndChangeNothing() throws Exception {
        String id = producer.postJson("/api/v1/daw/projects", "{\"name\": \"Strict\"}")
                .json()
                .get("id")
                .asString();
        String before = producer.get("/api/v1/daw/projects/" + id).raw().body();

        Answer malformed = producer.postJson("/api/v1/daw/projects/" + id + "/operations", "{\"id\": ");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().get("error").get("message").asString()).isEqualTo("The batch is not valid JSON.");

        String half = "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":["
                + "{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"bpm\",\"value\":90},"
                + "{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"meter\",\"value\":\"7/8\"}]}";
        Answer refused = producer.postJson("/api/v1/daw/projects/" + id + "/operations", half);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("invalid_operation");
        assertThat(refused.json().get("error").get("message").asString())
                .isEqualTo("Operation 2: meter must be 4/4, 3/4 or 6/8.");

        assertThat(producer.get("/api/v1/daw/projects/" + id).raw().body()).isEqualTo(before);
        assertThat(producer.get("/api/v1/daw/projects/not-a-uuid").status()).isEqualTo(404);
        assertThat(producer.get("/api/v1/daw/projects/" + id + "/operations?after=x")
                        .status())
                .isEqualTo(400);
    }
}
