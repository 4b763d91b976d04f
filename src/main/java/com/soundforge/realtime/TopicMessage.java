package com.soundforge.realtime;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One live message on a topic such as {@code tracks:{userId}}. The origin identifies the screen or client that
 * caused it, so that screen can skip its own echo; it is null for server-originated messages. Every subscriber
 * gets the same instance, so a rendering all of them share (a wire encoding) is made once: {@link #rendered}.
 */
public final class TopicMessage {

    private final String topic;
    private final String event;
    private final Object payload;
    private final String origin;
    private final Instant sentAt;
    private volatile Rendering rendering;

    private record Rendering(Object form, Object value) {}

    public TopicMessage(String topic, String event, Object payload, String origin, Instant sentAt) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.event = Objects.requireNonNull(event, "event");
        this.payload = payload;
        this.origin = origin;
        this.sentAt = sentAt;
    }

    public String topic() {
        return topic;
    }

    public String event() {
        return event;
    }

    public Object payload() {
        return payload;
    }

    public String origin() {
        return origin;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public boolean cameFrom(String screenId) {
        return origin != null && origin.equals(screenId);
    }

    /**
     * This message rendered in a form that depends only on {@code form} (its {@code equals} says when two
     * subscribers want the same rendering), made once for all subscribers that ask for the same form in a row.
     * Concurrent first calls may both render; the results must be interchangeable.
     */
    @SuppressWarnings("unchecked")
    public <T> T rendered(Object form, Function<Object, T> render) {
        Rendering known = rendering;
        if (known != null && known.form().equals(form)) {
            return (T) known.value();
        }
        T value = render.apply(form);
        rendering = new Rendering(form, value);
        return value;
    }

    @Override
    public String toString() {
        return "TopicMessage[" + topic + " " + event + " from " + origin + "]";
    }
}
