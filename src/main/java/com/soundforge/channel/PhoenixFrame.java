package com.soundforge.channel;

import com.soundforge.realtime.TopicMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One V2 frame, {@code [join_ref, ref, topic, event, payload]}. Inbound payloads are maps; outbound ones anything
 * JSON-serializable to an object. A frame relaying a broadcaster message names it ({@code relayed}), so every
 * connection that relays the same event of it sends the same text, encoded once.
 */
record PhoenixFrame(String joinRef, String ref, String topic, String event, Object payload, TopicMessage relayed) {

    PhoenixFrame(String joinRef, String ref, String topic, String event, Object payload) {
        this(joinRef, ref, topic, event, payload, null);
    }

    static final String HEARTBEAT_TOPIC = "phoenix";
    static final String HEARTBEAT = "heartbeat";
    static final String JOIN = "phx_join";
    static final String LEAVE = "phx_leave";
    static final String REPLY = "phx_reply";
    static final String CLOSE = "phx_close";
    static final String ERROR = "phx_error";

    static PhoenixFrame reply(String joinRef, String ref, String topic, Reply reply) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("status", reply.status());
        payload.put("response", reply.response());
        return new PhoenixFrame(joinRef, ref, topic, REPLY, payload);
    }

    static PhoenixFrame push(String joinRef, String topic, OutboundEvent event) {
        return new PhoenixFrame(joinRef, null, topic, event.event(), event.payload());
    }

    /**
     * A broadcaster message relayed to a channel: like Phoenix's own broadcasts it has no join ref (clients accept
     * it on whichever incarnation of the channel is joined), so its text is the same for every subscriber.
     */
    static PhoenixFrame relay(String topic, OutboundEvent event, TopicMessage message) {
        return new PhoenixFrame(null, null, topic, event.event(), event.payload(), message);
    }

    /** The server closed this channel incarnation (after a leave, or for a duplicate join). */
    static PhoenixFrame close(String joinRef, String topic) {
        return new PhoenixFrame(joinRef, joinRef, topic, CLOSE, Map.of());
    }

    /** The channel crashed; the client rejoins with backoff. */
    static PhoenixFrame error(String joinRef, String topic) {
        return new PhoenixFrame(joinRef, joinRef, topic, ERROR, Map.of("reason", "channel_crash"));
    }

    boolean is(String topic, String event) {
        return this.topic.equals(topic) && this.event.equals(event);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> payloadMap() {
        return payload instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
