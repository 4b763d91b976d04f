package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.library.LibraryService;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.HttpSession;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SfaWebTest
class TrackAnalysisApiTest {

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

    UserAccount ownerAccount;
    ApiClient owner;
    ApiClient stranger;

    @BeforeEach
    void clients() {
        ownerAccount = TestUsers.create(users);
        owner = ApiClient.forUser(port, keys, ownerAccount);
        stranger = ApiClient.forUser(port, keys, TestUsers.create(users));
    }

    @Test
    void aTracksAnalysisIsExportedAsJsonToItsOwnerOnce() throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve("Api - Groove.wav"), 124, 30);
        String id = owner.upload("/api/v1/tracks", wav, "Api - Groove.wav")
                .json()
                .get("id")
                .asString();
        UUID trackId = UUID.fromString(id);

        Answer before = owner.get("/api/v1/tracks/" + id + "/analysis");
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.json().get("error").get("message").asString()).contains("not been analysed");

        analysis.analyse(trackId, library.audioFile(ownerAccount.id(), trackId).path(), fraction -> {});
        analysis.suggestCues(trackId);

        Answer exported = owner.get("/api/v1/tracks/" + id + "/analysis");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.json().get("bpm").asDouble()).isBetween(123.9, 124.1);
        assertThat(exported.json().get("key").asString()).isEqualTo("A minor");
        assertThat(exported.json().get("camelot").asString()).isEqualTo("8A");
        assertThat(exported.json().get("open_key").asString()).isEqualTo("1m");
        assertThat(exported.json().get("report").get("tempo").get("beats").size())
                .isGreaterThan(50);
        assertThat(exported.json().get("report").get("features").get("chroma").size())
                .isGreaterThan(10);
        assertThat(exported.json().get("structure").get("cues").size()).isBetween(1, 8);
        assertThat(stranger.get("/api/v1/tracks/" + id + "/analysis").status()).isEqualTo(403);

        HttpResponse<byte[]> download = HttpSession.signIn(port, ownerAccount.username(), TestUsers.PASSWORD)
                .get("/media/tracks/" + id + "/analysis.json", null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("attachment").contains("Groove.analysis.json"));
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains("\"camelot\":\"8A\"");
    }

    @Test
    void theTrackListFiltersByTempoAndHarmonicCompatibility() throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve("Filter - Groove.wav"), 124, 20);
        String id = owner.upload("/api/v1/tracks", wav, "Filter - Groove.wav")
                .json()
                .get("id")
                .asString();
        UUID trackId = UUID.fromString(id);
        analysis.analyse(trackId, library.audioFile(ownerAccount.id(), trackId).path(), fraction -> {});

        assertThat(total("?bpm_min=120&bpm_max=128")).isEqualTo(1);
        assertThat(total("?bpm_min=125")).isZero();
        assertThat(total("?compatible_with=9A")).isEqualTo(1);
        assertThat(total("?compatible_with=3B")).isZero();
        assertThat(owner.get("/api/v1/tracks?sort=bpm")
                        .json()
                        .get("tracks")
                        .get(0)
                        .get("bpm")
                        .asDouble())
                .isBetween(123.9, 124.1);
        Answer bad = owner.get("/api/v1/tracks?compatible_with=13Z");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("error").get("message").asString()).contains("Camelot");
    }

    private int total(String query) throws Exception {
        return owner.get("/api/v1/tracks" + query).json().get("total").asInt();
    }
}
