package com.soundforge.channel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a join: allowed, with the broadcaster topics to relay and the join reply's response, or refused
 * with a response such as {@code {"reason": "unauthorized"}}. An allowed join may carry a {@link ChannelSession}
 * with per-channel state (null: the {@link ChannelTopic} translates and answers pushes itself).
 */
public record JoinDecision(boolean allowed, List<String> broadcasterTopics, Object response, ChannelSession session) {

    public JoinDecision {
        broadcasterTopics = List.copyOf(broadcasterTopics);
        Objects.requireNonNull(response, "response");
    }

    public JoinDecision(boolean allowed, List<String> broadcasterTopics, Object response) {
        this(allowed, broadcasterTopics, response, null);
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

    public JoinDecision withSession(ChannelSession channelSession) {
        return new JoinDecision(allowed, broadcasterTopics, response, channelSession);
    }
}
