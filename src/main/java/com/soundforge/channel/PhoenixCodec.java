package com.soundforge.channel;

import com.soundforge.realtime.SharedMap;
import java.util.Arrays;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/** Reads and writes V2 JSON frames; anything else becomes a {@link Malformed} with whatever could be read. */
final class PhoenixCodec {

    static final int MAX_FIELD_LENGTH = 255;

    /** What a frame that is not a valid V2 message still revealed; a reply needs at least the ref. */
    record Malformed(String joinRef, String ref, String topic, String reason) {}

    sealed interface Decoded permits Valid, Invalid {}

    record Valid(PhoenixFrame frame) implements Decoded {}

    record Invalid(Malformed malformed) implements Decoded {}

    private final JsonMapper json;

    PhoenixCodec(JsonMapper json) {
        this.json = json;
    }

    Decoded decode(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            return invalid(null, null, null, "not JSON");
        }
        if (root == null || !root.isArray()) {
            return invalid(null, null, null, "not a JSON array");
        }
        String joinRef = field(root.get(0));
        String ref = field(root.get(1));
        String topic = field(root.get(2));
        String event = field(root.get(3));
        JsonNode payload = root.get(4);
        if (root.size() != 5) {
            return invalid(joinRef, ref, topic, "a message has 5 elements");
        }
        if (topic == null || topic.isEmpty() || event == null || event.isEmpty()) {
            return invalid(joinRef, ref, topic, "topic and event must be non-empty strings");
        }
        if (payload == null || !payload.isObject()) {
            return invalid(joinRef, ref, topic, "payload must be an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.convertValue(payload, Map.class);
        return new Valid(new PhoenixFrame(joinRef, ref, topic, event, map));
    }

    /** A relayed frame's text depends on these alone; the payload is the same object for every subscriber. */
    private record RelayedForm(String topic, String event, Object payload) {
        @Override
        public boolean equals(Object other) {
            return other instanceof RelayedForm o
                    && o.topic.equals(topic)
                    && o.event.equals(event)
                    && o.payload == payload;
        }

        @Override
        public int hashCode() {
            return topic.hashCode() * 31 + event.hashCode();
        }
    }

    /** A payload many frames carry as the same object, with its JSON. */
    private record SharedPayload(Object payload, String json) {}

    private volatile SharedPayload lastShared;

    String encode(PhoenixFrame frame) {
        if (frame.relayed() != null && frame.joinRef() == null && frame.ref() == null) {
            return frame.relayed()
                    .rendered(new RelayedForm(frame.topic(), frame.event(), frame.payload()), form -> write(frame));
        }
        if (frame.payload() instanceof SharedMap<?, ?>) {
            return withSharedPayload(frame);
        }
        return write(frame);
    }

    /**
     * A payload many frames carry as the same object (during a join storm every joiner gets the room's presence as
     * of the last diff, thousands of entries): its JSON is written once and spliced into each frame.
     */
    private String withSharedPayload(PhoenixFrame frame) {
        SharedPayload known = lastShared;
        if (known == null || known.payload() != frame.payload()) {
            known = new SharedPayload(frame.payload(), json.writeValueAsString(frame.payload()));
            lastShared = known;
        }
        return json.writeValueAsString(
                Arrays.asList(frame.joinRef(), frame.ref(), frame.topic(), frame.event(), new RawValue(known.json())));
    }

    private String write(PhoenixFrame frame) {
        return json.writeValueAsString(
                Arrays.asList(frame.joinRef(), frame.ref(), frame.topic(), frame.event(), frame.payload()));
    }

    /** Refs are strings on the wire; numbers are accepted too. Over-long or structured values count as absent. */
    private static String field(JsonNode node) {
        if (node == null || !(node.isString() || node.isIntegralNumber())) {
            return null;
        }
        String value = node.asString();
        return value.length() > MAX_FIELD_LENGTH ? null : value;
    }

    private static Invalid invalid(String joinRef, String ref, String topic, String reason) {
        return new Invalid(new Malformed(joinRef, ref, topic, reason));
    }
}
