package com.soundforge.channel;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the channel socket, per connection: largest frame, message rate (token bucket), joined channels,
 * outbound buffering (a connection that cannot keep up is closed instead of slowing anyone else), and how long a
 * connection may stay silent (clients send a heartbeat every 30 s).
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
        List<String> allowedOrigins) {

    public ChannelProperties {
        maxFrameSize = maxFrameSize == null ? DataSize.ofKilobytes(64) : maxFrameSize;
        messagesPerSecond = messagesPerSecond <= 0 ? 50 : messagesPerSecond;
        messageBurst = messageBurst <= 0 ? 200 : messageBurst;
        maxChannels = maxChannels <= 0 ? 100 : maxChannels;
        sendTimeLimit = sendTimeLimit == null ? Duration.ofSeconds(10) : sendTimeLimit;
        sendBufferSize = sendBufferSize == null ? DataSize.ofKilobytes(512) : sendBufferSize;
        idleTimeout = idleTimeout == null ? Duration.ofSeconds(60) : idleTimeout;
        allowedOrigins = allowedOrigins == null || allowedOrigins.isEmpty() ? List.of("*") : List.copyOf(allowedOrigins);
    }
}
