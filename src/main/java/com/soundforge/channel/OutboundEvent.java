package com.soundforge.channel;

import java.util.Objects;

/** An event pushed to a joined channel; the payload must serialize to a JSON object (a map or a record). */
public record OutboundEvent(String event, Object payload) {

    public OutboundEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payload, "payload");
    }
}
