package com.soundforge.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonValue;
import com.soundforge.realtime.SharedMap;
import com.soundforge.realtime.TopicMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RelayedFrameEncodingTest {

    private final PhoenixCodec codec = new PhoenixCodec(JsonMapper.builder().build());

    @Test
    void aBroadcastRelayedToManyChannelsIsEncodedOnceWithoutJoinRef() {
        Map<String, Object> payload = Map.of("level", 0.5);
        TopicMessage message = new TopicMessage("dj:session:1", "mixer_changed", payload, null, Instant.now());
        OutboundEvent event = new OutboundEvent("mixer_changed", payload);

        String first = codec.encode(PhoenixFrame.relay("dj:session:1", event, message));
        String second = codec.encode(PhoenixFrame.relay("dj:session:1", event, message));

        assertThat(first).isEqualTo("[null,null,\"dj:session:1\",\"mixer_changed\",{\"level\":0.5}]");
        assertThat(second).as("the same text, not encoded again").isSameAs(first);
    }

    @Test
    void anotherTopicEventOrPayloadObjectIsEncodedForItself() {
        Map<String, Object> payload = Map.of("level", 0.5);
        TopicMessage message = new TopicMessage("t", "e", payload, null, Instant.now());
        String plain = codec.encode(PhoenixFrame.relay("a", new OutboundEvent("e", payload), message));

        String otherTopic = codec.encode(PhoenixFrame.relay("b", new OutboundEvent("e", payload), message));
        String otherEvent = codec.encode(PhoenixFrame.relay("a", new OutboundEvent("f", payload), message));
        String ownPayload =
                codec.encode(PhoenixFrame.relay("a", new OutboundEvent("e", Map.of("level", 0.7)), message));

        assertThat(otherTopic).isEqualTo("[null,null,\"b\",\"e\",{\"level\":0.5}]");
        assertThat(otherEvent).isEqualTo("[null,null,\"a\",\"f\",{\"level\":0.5}]");
        assertThat(ownPayload).isEqualTo("[null,null,\"a\",\"e\",{\"level\":0.7}]");
        assertThat(codec.encode(PhoenixFrame.relay("a", new OutboundEvent("e", payload), message)))
                .isEqualTo(plain);
    }

    @Test
    void aSharedPayloadIsWrittenOnceAndSplicedIntoEachFrameWithItsOwnJoinRef() {
        AtomicInteger writes = new AtomicInteger();
        Object entry = new Object() {
            @JsonValue
            Map<String, Object> value() {
                writes.incrementAndGet();
                return Map.of("metas", List.of(Map.of("phx_ref", "r1")));
            }
        };
        SharedMap<String, Object> state = new SharedMap<>(Map.of("ada", entry));

        String first = codec.encode(PhoenixFrame.push("3", "t", new OutboundEvent("presence_state", state)));
        String second = codec.encode(PhoenixFrame.push("8", "t", new OutboundEvent("presence_state", state)));
        String other = codec.encode(PhoenixFrame.push("9", "t", new OutboundEvent("presence_state", Map.of())));

        assertThat(first)
                .isEqualTo("[\"3\",null,\"t\",\"presence_state\",{\"ada\":{\"metas\":[{\"phx_ref\":\"r1\"}]}}]");
        assertThat(second)
                .isEqualTo("[\"8\",null,\"t\",\"presence_state\",{\"ada\":{\"metas\":[{\"phx_ref\":\"r1\"}]}}]");
        assertThat(other).isEqualTo("[\"9\",null,\"t\",\"presence_state\",{}]");
        assertThat(writes).as("the shared payload's JSON is written once").hasValue(1);

        codec.encode(PhoenixFrame.push(
                "4", "t", new OutboundEvent("presence_state", new SharedMap<>(Map.of("ada", entry)))));
        assertThat(writes).as("another shared object is written for itself").hasValue(2);
    }
}
