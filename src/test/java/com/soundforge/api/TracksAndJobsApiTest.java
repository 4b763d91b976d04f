package com.soundforge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserService;
import com.soundforge.support.ApiClient;
import com.soundforge.support.ApiClient.Answer;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SfaWebTest
class TracksAndJobsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @TempDir
    Path work;

    ApiClient owner;
    ApiClient stranger;

    @BeforeEach
    void clients() {
        owner = ApiClient.forUser(port, keys, TestUsers.create(users));
        stranger = ApiClient.forUser(port, keys, TestUsers.create(users));
    }

    @Test
    void aTrackUploadedOverRestCanBeListedReadAndDeletedByItsOwnerOnly() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("Api Artist - Rest Tone.wav"), 44_100, 2, 1.0, 440);

        Answer created = owner.upload("/api/v1/tracks", wav, "Api Artist - Rest Tone.wav");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.raw().headers().firstValue("Location")).hasValue("/api/v1/tracks/" + id);
        assertThat(created.json().get("title").asString()).isEqualTo("Rest Tone");
        assertThat(created.json().get("sample_rate_hz").asInt()).isEqualTo(44_100);
        assertThat(created.json().get("duration_ms").asLong()).isEqualTo(1000);
        assertThat(owner.upload("/api/v1/tracks", wav, "again.wav").status()).isEqualTo(200);

        Answer list = owner.get("/api/v1/tracks?search=rest&sort=title&order=asc");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        assertThat(list.json().get("tracks").get(0).get("id").asString()).isEqualTo(id);
        assertThat(owner.get("/api/v1/tracks/" + id).json().get("artist").asString())
                .isEqualTo("Api Artist");

        assertThat(stranger.get("/api/v1/tracks/" + id).status()).isEqualTo(403);
        assertThat(stranger.delete("/api/v1/tracks/" + id).status()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/tracks").json().get("total").asInt()).isZero();

        assertThat(owner.delete("/api/v1/tracks/" + id).status()).isEqualTo(204);
        Answer gone = owner.get("/api/v1/tracks/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("error").get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void badUploadsAndBadQueriesGetSpecificErrors() throws Exception {
        Path text = Files.writeString(work.resolve("notes.mp3"), "not music", StandardCharsets.UTF_8);
        Answer notAudio = owner.upload("/api/v1/tracks", text, "notes.mp3");
        assertThat(notAudio.status()).isEqualTo(422);
        assertThat(notAudio.json().get("error").get("code").asString()).isEqualTo("not_audio");
        assertThat(notAudio.json().get("error").get("message").asString()).contains("not audio");

        Answer noFile = owner.postJson("/api/v1/tracks", "{}");
        assertThat(noFile.status()).isIn(415, 422);
        assertThat(owner.get("/api/v1/tracks?sort=colour").status()).isEqualTo(422);
        assertThat(owner.get("/api/v1/tracks?limit=100000").status()).isEqualTo(422);
        assertThat(owner.get("/api/v1/tracks/not-a-uuid").status()).isEqualTo(404);
    }

    @Test
    void aUrlImportIsAcceptedWithItsTrackAndJobAndTheJobIsTheOwnersOnly() throws Exception {
        Answer accepted = owner.postJson("/api/v1/imports", "{\"url\": \"http://127.0.0.1:9/never.wav\"}");

        assertThat(accepted.status()).isEqualTo(202);
        String jobId = accepted.json().get("job_id").asString();
        assertThat(accepted.json().get("track_id").asString()).isNotBlank();
        Answer job = owner.get("/api/v1/jobs/" + jobId);
        assertThat(job.status()).isEqualTo(200);
        assertThat(job.json().get("job_id").asString()).isEqualTo(jobId);
        assertThat(job.json().get("job_type").asString()).isEqualTo("download");
        assertThat(job.json().get("status").asString()).isIn("queued", "downloading", "failed");
        assertThat(job.json().get("track_id").asString())
                .isEqualTo(accepted.json().get("track_id").asString());
        assertThat(job.json().has("result")).isTrue();
        assertThat(job.json().has("error")).isTrue();

        assertThat(stranger.get("/api/v1/jobs/" + jobId).status()).isEqualTo(403);
        assertThat(owner.postJson("/api/v1/imports", "{\"url\": \"ftp://x/y.wav\"}")
                        .status())
                .isEqualTo(422);
        assertThat(owner.postJson("/api/v1/imports", "{}").status()).isEqualTo(422);
        Answer spotify = owner.postJson(
                "/api/v1/imports", "{\"url\": \"https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPWqT\"}");
        assertThat(spotify.status()).isEqualTo(422);
        assertThat(spotify.json().get("error").get("code").asString()).isEqualTo("unsupported_source");
        assertThat(spotify.json().get("error").get("message").asString()).contains("sfa.spotify.client-id");
        assertThat(owner.postJson("/api/v1/imports", "{not json").status()).isEqualTo(400);
    }

    @Test
    void runningAPipelineOnATrackStartsItsStagesOnce() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("pipe.wav"), 44_100, 1, 0.5, 330);
        String id =
                owner.upload("/api/v1/tracks", wav, "pipe.wav").json().get("id").asString();

        Answer started = owner.postJson("/api/v1/tracks/" + id + "/pipeline", "");
        Answer again = owner.postJson("/api/v1/tracks/" + id + "/pipeline", "");

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get(0).get("job_type").asString()).isEqualTo("processing");
        assertThat(again.json().get(0).get("job_id").asString())
                .isEqualTo(started.json().get(0).get("job_id").asString());
        assertThat(stranger.postJson("/api/v1/tracks/" + id + "/pipeline", "").status())
                .isEqualTo(403);
    }

    @Test
    void aTracksPipelineCanBeReadAndOnlyAFailedStageRetried() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("read.wav"), 44_100, 1, 0.5, 440);
        String id =
                owner.upload("/api/v1/tracks", wav, "read.wav").json().get("id").asString();
        assertThat(owner.get("/api/v1/tracks/" + id + "/pipeline").json().size())
                .isZero();
        String firstStage = owner.postJson("/api/v1/tracks/" + id + "/pipeline", "")
                .json()
                .get(0)
                .get("job_id")
                .asString();

        Answer stages = owner.get("/api/v1/tracks/" + id + "/pipeline");

        assertThat(stages.status()).isEqualTo(200);
        assertThat(stages.json().get(0).get("job_id").asString()).isEqualTo(firstStage);
        assertThat(stages.json().get(0).get("status").asString()).isEqualTo("queued");
        assertThat(stranger.get("/api/v1/tracks/" + id + "/pipeline").status()).isEqualTo(403);
        Answer notFailed = owner.postJson("/api/v1/jobs/" + firstStage + "/retry", "");
        assertThat(notFailed.status()).isEqualTo(409);
        assertThat(notFailed.json().get("error").get("code").asString()).isEqualTo("conflict");
        assertThat(stranger.postJson("/api/v1/jobs/" + firstStage + "/retry", "")
                        .status())
                .isEqualTo(403);
    }
}
