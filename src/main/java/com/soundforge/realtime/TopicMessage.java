package com.soundforge.realtime;

import java.time.Instant;
import java.util.Objects;

/**
 * One live message on a topic such as {@code tracks:{userId}}. The origin identifies the screen or client that
 * caused it, so that screen can skip its own echo; it is null for server-originated messages.
 */
public record TopicMessage(String topic, String event, Object payload, String origin, Instant sentAt) {

    public TopicMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(event, "event");
    }

    public boolean cameFrom(String screenId) {
        return origin != null && origin.equals(screenId);
    }
}
