package com.soundforge.channel;

import com.soundforge.security.ApiKeyService;
import com.soundforge.security.AuthenticatedKey;
import com.soundforge.security.LoginThrottle;
import com.soundforge.security.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Authenticates the WebSocket before the upgrade with an API key (see {@link SocketCredentials}). No valid key,
 * no socket: 403, as Phoenix refuses a connect (a connection without any key is let in as
 * {@link ChannelTopic#ANONYMOUS} only when a topic admits its parameters, e.g. a DJ share token); an unsupported
 * protocol version is a 400, and an address that presented too many unknown keys gets 429 (see
 * {@link LoginThrottle}).
 */
final class SocketTokenInterceptor implements HandshakeInterceptor {

    static final String USER = UserAccount.class.getName();
    static final String KEY_ID = AuthenticatedKey.class.getName();

    private final ApiKeyService keys;
    private final TopicRegistry topics;
    private final LoginThrottle throttle;

    SocketTokenInterceptor(ApiKeyService keys, TopicRegistry topics, LoginThrottle throttle) {
        this.keys = keys;
        this.topics = topics;
        this.throttle = throttle;
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        HttpServletRequest servlet = ((ServletServerHttpRequest) request).getServletRequest();
        if (!SocketCredentials.supportedVersion(servlet)) {
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            return false;
        }
        Optional<String> key = SocketCredentials.webSocketKey(servlet);
        if (key.isPresent() && throttle.apiKeyRefusal(servlet.getRemoteAddr()).isPresent()) {
            response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
            return false;
        }
        Optional<AuthenticatedKey> authenticated = key.flatMap(keys::authenticateKey);
        if (key.isPresent() && authenticated.isEmpty()) {
            throttle.apiKeyFailed(servlet.getRemoteAddr());
        }
        Optional<UserAccount> user = key.isPresent()
                ? authenticated.map(AuthenticatedKey::owner)
                : SocketCredentials.anonymous(servlet, topics);
        if (user.isEmpty()) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        attributes.put(USER, user.get());
        authenticated.ifPresent(k -> attributes.put(KEY_ID, k.keyId()));
        return true;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {}
}
