package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.library.LibraryService;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/tracks/{id}/tempo}: the effective grid, its owner's edits, and refusals that change nothing. */
@SfaWebTest
class TrackTempoApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    LibraryService library;

    @Autowired
    AnalysisService analysis;

    @TempDir
    Path work;

    ApiClient owner;
    ApiClient stranger;
    String id;
    JsonNode analysed;

    @BeforeEach
    void anAnalysedTrack() throws Exception {
        UserAccount account = TestUsers.create(users);
        owner = ApiClient.forUser(port, keys, account);
        stranger = ApiClient.forUser(port, keys, TestUsers.create(users));
        Path wav = TestMusic.writeMinorGroove(work.resolve("Api - Tempo.wav"), 124, 16);
        id = owner.upload("/api/v1/tracks", wav, "Api - Tempo.wav")
                .json()
                .get("id")
                .asString();
        assertThat(owner.get("/api/v1/tracks/" + id + "/tempo").status()).isEqualTo(404);
        UUID trackId = UUID.fromString(id);
        analysis.analyse(trackId, library.audioFile(account.id(), trackId).path(), fraction -> {});
        analysed = owner.get("/api/v1/tracks/" + id + "/tempo").json();
    }

    @Test
    void theOwnerEditsTheGridAndEveryTrackAnswerCarriesTheSource() throws Exception {
        assertThat(analysed.get("bpm_source").asString()).isEqualTo("analysed");
        assertThat(analysed.get("bpm").asDouble()).isCloseTo(124, within(0.1));
        assertThat(owner.get("/api/v1/tracks/" + id).json().get("bpm_source").asString())
                .isEqualTo("analysed");

        Answer doubled = edit(owner, "{\"action\": \"double\"}");
        assertThat(doubled.status()).isEqualTo(200);
        assertThat(doubled.json().get("bpm").asDouble())
                .isEqualTo(2 * analysed.get("bpm").asDouble());
        assertThat(doubled.json().get("bpm_source").asString()).isEqualTo("edited");
        assertThat(doubled.json().get("analysed_bpm").asDouble())
                .isEqualTo(analysed.get("bpm").asDouble());
        assertThat(doubled.json().get("edited_at").isNull()).isFalse();
        Answer halved = edit(owner, "{\"action\": \"halve\"}");
        assertThat(halved.json().get("beats")).isEqualTo(analysed.get("beats"));
        assertThat(halved.json().get("downbeats")).isEqualTo(analysed.get("downbeats"));
        assertThat(halved.json().get("bpm_source").asString()).isEqualTo("edited");

        double playhead = analysed.get("downbeats").get(0).asDouble() + 0.25;
        Answer downbeat = edit(owner, "{\"action\": \"downbeat\", \"value\": " + playhead + "}");
        assertThat(downbeat.json().get("downbeats").get(0).asDouble()).isCloseTo(playhead, within(0.001));
        JsonNode track = owner.get("/api/v1/tracks/" + id).json();
        assertThat(track.get("bpm_source").asString()).isEqualTo("edited");
        JsonNode export = owner.get("/api/v1/tracks/" + id + "/analysis").json();
        assertThat(export.get("bpm_source").asString()).isEqualTo("edited");
        assertThat(export.get("report").get("tempo").get("downbeats").get(0).asDouble())
                .isCloseTo(playhead, within(0.001));
        assertThat(owner.get("/api/v1/tracks?sort=bpm")
                        .json()
                        .get("tracks")
                        .get(0)
                        .get("bpm_source")
                        .asString())
                .isEqualTo("edited");

        Answer reset = owner.delete("/api/v1/tracks/" + id + "/tempo");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("bpm_source").asString()).isEqualTo("analysed");
        assertThat(reset.json().get("beats")).isEqualTo(analysed.get("beats"));
        assertThat(edit(owner, "{\"action\": \"tap\", \"value\": 126.5}")
                        .json()
                        .get("bpm")
                        .asDouble())
                .isEqualTo(126.5);
        assertThat(edit(owner, "{\"action\": \"reset\"}")
                        .json()
                        .get("bpm_source")
                        .asString())
                .isEqualTo("analysed");
    }

    @Test
    void othersAreRefusedAndMissingTracksAreNotFound() throws Exception {
        Answer theirs = edit(stranger, "{\"action\": \"double\"}");
        assertThat(theirs.status()).isEqualTo(403);
        assertThat(theirs.json().get("error").get("code").asString()).isEqualTo("forbidden");
        assertThat(stranger.get("/api/v1/tracks/" + id + "/tempo").status()).isEqualTo(403);
        assertThat(stranger.delete("/api/v1/tracks/" + id + "/tempo").status()).isEqualTo(403);
        assertThat(owner.postJson("/api/v1/tracks/" + UUID.randomUUID() + "/tempo", "{\"action\": \"double\"}")
                        .status())
                .isEqualTo(404);

        assertUnchanged();
    }

    @Test
    void malformedEditsAreRefusedWithAReasonAndChangeNothing() throws Exception {
        assertRefused("{\"action\": \"tap\", \"value\": \"NaN\"}", "between 30 and 300 BPM");
        assertRefused("{\"action\": \"tap\", \"value\": -120}", "between 30 and 300 BPM");
        assertRefused("{\"action\": \"tap\", \"value\": 4000}", "between 30 and 300 BPM");
        assertRefused("{\"action\": \"tap\"}", "needs a value");
        assertRefused("{\"action\": \"shift\", \"value\": 1.5}", "between −1 and 1");
        assertRefused("{\"action\": \"shift\", \"value\": -2}", "between −1 and 1");
        assertRefused("{\"action\": \"downbeat\", \"value\": -1}", "seconds ≥ 0");
        assertRefused("{\"action\": \"downbeat\", \"value\": 999}", "past the end");
        assertRefused("{\"action\": \"triple\"}", "one of double");
        assertRefused("{}", "one of double");
        Answer notJson = edit(owner, "{\"action\": \"tap\", \"value\": NaN}");
        assertThat(notJson.status()).isEqualTo(400);

        assertUnchanged();
    }

    private void assertRefused(String body, String reason) throws Exception {
        Answer refused = edit(owner, body);
        assertThat(refused.status()).as(body).isEqualTo(422);
        assertThat(refused.json().get("error").get("code").asString()).isEqualTo("invalid");
        assertThat(refused.json().get("error").get("message").asString())
                .as(body)
                .contains(reason);
    }

    private void assertUnchanged() throws Exception {
        JsonNode now = owner.get("/api/v1/tracks/" + id + "/tempo").json();
        assertThat(now).isEqualTo(analysed);
        assertThat(owner.get("/api/v1/tracks/" + id).json().get("bpm_source").asString())
                .isEqualTo("analysed");
    }

    private Answer edit(ApiClient client, String body) throws Exception {
        return client.postJson("/api/v1/tracks/" + id + "/tempo", body);
    }
}
