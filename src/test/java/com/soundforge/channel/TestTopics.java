package com.soundforge.channel;

import com.soundforge.realtime.TopicMessage;
import com.soundforge.security.UserAccount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A test-only topic family {@code test:{name}} relaying broadcaster topic {@code test-relay:{name}}: joins with
 * params {@code {"refuse": true}} are refused, {@code test:crash-join} throws on join, pushes {@code echo},
 * {@code fail} and {@code crash} exercise replies, and broadcaster events named {@code skip} are not relayed.
 */
@TestConfiguration
class TestTopics {

    static final String PREFIX = "test:";
    static final String RELAY_PREFIX = "test-relay:";

    @Bean
    ChannelTopic testTopic() {
        return new ChannelTopic() {
            @Override
            public boolean handles(String topic) {
                return topic.startsWith(PREFIX);
            }

            @Override
            public JoinDecision join(UserAccount user, String topic, Map<String, Object> params) {
                if (topic.equals("test:crash-join")) {
                    throw new IllegalStateException("join blew up");
                }
                if (Boolean.TRUE.equals(params.get("refuse"))) {
                    return JoinDecision.error("not allowed");
                }
                String name = topic.substring(PREFIX.length());
                return JoinDecision.ok(List.of(RELAY_PREFIX + name), Map.of("joined", topic, "user", user.username()));
            }

            @Override
            public Optional<OutboundEvent> translate(TopicMessage message) {
                return message.event().equals("skip")
                        ? Optional.empty()
                        : Optional.of(new OutboundEvent(message.event(), Map.of("value", message.payload())));
            }

            @Override
            public Reply handleIn(UserAccount user, String topic, String event, Map<String, Object> payload) {
                return switch (event) {
                    case "echo" -> Reply.ok(payload);
                    case "fail" -> Reply.error("failed on purpose");
                    case "crash" -> throw new IllegalStateException("crashed on purpose");
                    default -> ChannelTopic.super.handleIn(user, topic, event, payload);
                };
            }
        };
    }
}
