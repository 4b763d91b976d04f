package com.soundforge.channel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a join: allowed, with the broadcaster topics to relay and the join reply's response, or refused
 * with a response such as {@code {"reason": "unauthorized"}}.
 */
public record JoinDecision(boolean allowed, List<String> broadcasterTopics, Object response) {

    public JoinDecision {
        broadcasterTopics = List.copyOf(broadcasterTopics);
        Objects.requireNonNull(response, "response");
    }

    public static JoinDecision ok(List<String> broadcasterTopics, Object response) {
        return new JoinDecision(true, broadcasterTopics, response);
    }

    public static JoinDecision ok(String broadcasterTopic) {
        return ok(List.of(broadcasterTopic), Map.of());
    }

    public static JoinDecision error(String reason) {
        return new JoinDecision(false, List.of(), Map.of("reason", reason));
    }
}
