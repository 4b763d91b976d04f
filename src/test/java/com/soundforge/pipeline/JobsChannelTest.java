package com.soundforge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.AudioHttpServer;
import com.soundforge.support.PhoenixTestClient;
import com.soundforge.support.SfaPipelineTest;
import com.soundforge.support.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The seed's job channel: {@code jobs:{job_id}} over the Phoenix socket, owner-only, with the seed's payloads. */
@SfaPipelineTest
class JobsChannelTest {

    @LocalServerPort
    int port;

    @Autowired
    PipelineService pipelines;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @TempDir
    Path work;

    @Test
    void theOwnerFollowsADownloadFromProgressToCompletionWhileOthersCannotJoin() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UserAccount stranger = TestUsers.create(users);
        byte[] wav = Files.readAllBytes(TestAudio.writeSineWav(work.resolve("c.wav"), 44_100, 2, 4.0, 220));
        try (AudioHttpServer server = new AudioHttpServer()) {
            server.serve("/channel.wav", wav, 8 * 1024, 15);
            ImportStarted started = pipelines.importUrl(owner.id(), server.url("/channel.wav"));
            String topic = "jobs:" + started.jobId();

            try (PhoenixTestClient client = PhoenixTestClient.connect(
                            port, keys.create(owner.id(), "t").rawKey());
                    PhoenixTestClient other = PhoenixTestClient.connect(
                            port, keys.create(stranger.id(), "t").rawKey())) {
                JsonNode refused = other.join("1", topic);
                assertThat(refused.get(4).get("status").asString()).isEqualTo("error");
                assertThat(refused.get(4).get("response").get("reason").asString())
                        .isEqualTo("unauthorized");
                assertThat(other.join("2", "jobs:00000000-0000-0000-0000-000000000000")
                                .get(4)
                                .get("response")
                                .get("reason")
                                .asString())
                        .isEqualTo("not found");

                JsonNode joined = client.join("1", topic);
                assertThat(joined.get(4).get("status").asString()).isEqualTo("ok");
                assertThat(joined.get(4).get("response").get("job_id").asString())
                        .isEqualTo(started.jobId().toString());
                client.push("1", "2", topic, "ping", "{}");

                List<JsonNode> events = new ArrayList<>();
                JsonNode frame;
                do {
                    frame = client.next();
                    events.add(frame);
                } while (!frame.get(3).asString().equals("job:completed"));

                assertThat(events).anySatisfy(f -> {
                    assertThat(f.get(3).asString()).isEqualTo("phx_reply");
                    assertThat(f.get(1).asString()).isEqualTo("2");
                    assertThat(f.get(4).get("response").get("pong").asBoolean()).isTrue();
                });
                List<JsonNode> progress = events.stream()
                        .filter(f -> f.get(3).asString().equals("job:progress"))
                        .map(f -> f.get(4))
                        .toList();
                assertThat(progress).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.get("job_id").asString())
                            .isEqualTo(started.jobId().toString());
                    assertThat(p.get("status").asString()).isIn("queued", "downloading");
                    assertThat(p.get("progress").asInt()).isBetween(0, 100);
                    assertThat(p.has("message")).isTrue();
                });
                JsonNode completed = frame.get(4);
                assertThat(frame.get(0).isNull())
                        .as("a broadcast has no join ref")
                        .isTrue();
                assertThat(completed.get("job_type").asString()).isEqualTo("download");
                assertThat(completed.get("track_id").asString())
                        .isEqualTo(started.trackId().toString());
                assertThat(completed.get("result").get("file_size").asLong()).isEqualTo(wav.length);
                assertThat(completed.get("result").get("output_path").asString())
                        .endsWith(".wav");
                assertThat(other.framesWithin(java.time.Duration.ofMillis(200))).isEmpty();
            }
        }
    }

    @Test
    void aCancelledJobEndsWithJobFailedAndItsError() throws Exception {
        UserAccount owner = TestUsers.create(users);
        byte[] wav = Files.readAllBytes(TestAudio.writeSineWav(work.resolve("s.wav"), 44_100, 2, 10.0, 220));
        try (AudioHttpServer server = new AudioHttpServer()) {
            server.serve("/slow.wav", wav, 4 * 1024, 30);
            ImportStarted started = pipelines.importUrl(owner.id(), server.url("/slow.wav"));
            String topic = "jobs:" + started.jobId();
            try (PhoenixTestClient client =
                    PhoenixTestClient.connect(port, keys.create(owner.id(), "t").rawKey())) {
                assertThat(client.join("1", topic).get(4).get("status").asString())
                        .isEqualTo("ok");
                JsonNode frame;
                do {
                    frame = client.next();
                } while (!(frame.get(3).asString().equals("job:progress")
                        && frame.get(4).get("status").asString().equals("downloading")));

                pipelines.cancel(owner, started.jobId());

                do {
                    frame = client.next();
                } while (!frame.get(3).asString().equals("job:failed"));
                assertThat(frame.get(4).get("job_id").asString())
                        .isEqualTo(started.jobId().toString());
                assertThat(frame.get(4).get("job_type").asString()).isEqualTo("download");
                assertThat(frame.get(4).get("error").asString()).isEqualTo("Cancelled by the user.");
            }
        }
    }
}
