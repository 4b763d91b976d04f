package com.soundforge.channel;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the channel socket, per connection: largest frame, message rate (token bucket), joined channels,
 * outbound buffering (a connection that cannot keep up is closed instead of slowing anyone else), how long a
 * connection may stay silent (clients send a heartbeat every 30 s; a long-poll session counts as silent while no
 * poll is waiting), and how long a long poll waits for messages before answering 204.
 */
@ConfigurationProperties("sfa.channel")
public record ChannelProperties(
        DataSize maxFrameSize,
        int messagesPerSecond,
        int messageBurst,
        int maxChannels,
        Duration sendTimeLimit,
        DataSize sendBufferSize,
        Duration idleTimeout,
        Duration longPollWindow,
        List<String> allowedOrigins) {

    public ChannelProperties {
        maxFrameSize = maxFrameSize == null ? DataSize.ofKilobytes(64) : maxFrameSize;
        messagesPerSecond = messagesPerSecond <= 0 ? 50 : messagesPerSecond;
        messageBurst = messageBurst <= 0 ? 200 : messageBurst;
        maxChannels = maxChannels <= 0 ? 100 : maxChannels;
        sendTimeLimit = sendTimeLimit == null ? Duration.ofSeconds(10) : sendTimeLimit;
        sendBufferSize = sendBufferSize == null ? DataSize.ofKilobytes(512) : sendBufferSize;
        idleTimeout = idleTimeout == null ? Duration.ofSeconds(60) : idleTimeout;
        longPollWindow = longPollWindow == null ? Duration.ofSeconds(10) : longPollWindow;
        allowedOrigins =
                allowedOrigins == null || allowedOrigins.isEmpty() ? List.of("*") : List.copyOf(allowedOrigins);
    }
}
