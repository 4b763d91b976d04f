package com.soundforge.channel;

import com.soundforge.security.ApiKeyService;
import com.soundforge.security.LoginThrottle;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Maps the channel socket at {@code /socket/websocket} (the phoenix client appends {@code /websocket} to the
 * endpoint {@code /socket}). Any origin may connect: the socket is authenticated by an API key, never by cookies,
 * so another site cannot borrow a signed-in browser's session through it.
 */
@Configuration
@EnableWebSocket
class ChannelWebSocketConfig implements WebSocketConfigurer {

    static final String PATH = "/socket/websocket";

    private final PhoenixSocketHandler handler;
    private final ApiKeyService keys;
    private final ChannelProperties limits;
    private final TopicRegistry topics;
    private final LoginThrottle throttle;

    ChannelWebSocketConfig(
            PhoenixSocketHandler handler,
            ApiKeyService keys,
            ChannelProperties limits,
            TopicRegistry topics,
            LoginThrottle throttle) {
        this.throttle = throttle;
        this.handler = handler;
        this.keys = keys;
        this.limits = limits;
        this.topics = topics;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, PATH)
                .addInterceptors(new SocketTokenInterceptor(keys, topics, throttle))
                .setAllowedOriginPatterns(limits.allowedOrigins().toArray(String[]::new));
    }
}
