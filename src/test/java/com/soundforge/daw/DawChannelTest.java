package com.soundforge.daw;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.PhoenixTestClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code daw:project:{id}} over the channel socket: the state on join, batches pushed and received, refusals. */
@SfaWebTest
class DawChannelTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    DawService daw;

    UserAccount producer;
    PhoenixTestClient producerSocket;
    PhoenixTestClient strangerSocket;
    UUID project;
    String topic;

    @BeforeEach
    void connect() {
        producer = TestUsers.create(users);
        UserAccount stranger = TestUsers.create(users);
        producerSocket =
                PhoenixTestClient.connect(port, keys.create(producer.id(), "p").rawKey());
        strangerSocket =
                PhoenixTestClient.connect(port, keys.create(stranger.id(), "s").rawKey());
        project = daw.create(producer, "Channel song").id();
        topic = "daw:project:" + project;
    }

    @AfterEach
    void disconnect() {
        producerSocket.close();
        strangerSocket.close();
    }

    @Test
    void theOwnerJoinsWithTheStatePushesABatchAndReceivesItInOrder() {
        JsonNode joined = producerSocket.join("1", topic);
        assertThat(joined.at("/4/status").asString()).isEqualTo("ok");
        assertThat(joined.at("/4/response/project/name").asString()).isEqualTo("Channel song");
        long seq = joined.at("/4/response/project/seq").asLong();

        String track = UUID.randomUUID().toString();
        producerSocket.push(
                "1",
                "2",
                topic,
                "ops",
                "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[{\"op\":\"add\",\"kind\":\"track\",\"id\":\"" + track
                        + "\",\"value\":{\"name\":\"Keys\"}}]}");

        JsonNode first = producerSocket.nextExcept("presence_state", "presence_diff");
        JsonNode second = producerSocket.nextExcept("presence_state", "presence_diff");
        JsonNode reply = first.at("/3").asString().equals("phx_reply") ? first : second;
        JsonNode event = reply == first ? second : first;
        assertThat(reply.at("/4/status").asString()).isEqualTo("ok");
        assertThat(reply.at("/4/response/seq").asLong()).isEqualTo(seq + 1);
        assertThat(event.at("/3").asString()).isEqualTo("ops");
        assertThat(event.at("/4/from").asLong()).isEqualTo(seq + 1);
        assertThat(event.at("/4/ops/0/value/name").asString()).isEqualTo("Keys");
        assertThat(event.at("/4/actor/name").asString()).isEqualTo(producer.username());
    }

    @Test
    void aBadBatchIsRefusedWithTheReasonAndOthersCannotJoin() {
        producerSocket.join("1", topic);
        producerSocket.push(
                "1",
                "2",
                topic,
                "ops",
                "{\"id\":\"" + UUID.randomUUID()
                        + "\",\"ops\":[{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"bpm\",\"value\":-4}]}");

        JsonNode reply = producerSocket.nextExcept("presence_state", "presence_diff");
        assertThat(reply.at("/4/status").asString()).isEqualTo("error");
        assertThat(reply.at("/4/response/reason").asString()).isEqualTo("Operation 1: bpm must be between 20 and 999.");
        assertThat(daw.open(producer, project).settings().bpm()).isEqualTo(120.0);

        assertThat(strangerSocket.join("1", topic).at("/4/response/reason").asString())
                .isEqualTo("unauthorized");
        assertThat(strangerSocket
                        .join("2", "daw:project:nonsense")
                        .at("/4/response/reason")
                        .asString())
                .isEqualTo("unauthorized");
    }

    @Test
    void anExportIsFollowedOnItsJobTopicByItsOwnerOnly() {
        String job =
                "jobs:" + daw.startExport(producer, project, "wav24", false).id();

        JsonNode joined = producerSocket.join("1", job);
        assertThat(joined.at("/4/status").asString()).isEqualTo("ok");
        assertThat(joined.at("/4/response/job_type").asString()).isEqualTo("daw_export");
        assertThat(joined.at("/4/response/project_id").asString()).isEqualTo(project.toString());
        assertThat(strangerSocket.join("1", job).at("/4/response/reason").asString())
                .isEqualTo("unauthorized");
    }
}
