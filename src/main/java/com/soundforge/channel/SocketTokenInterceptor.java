package com.soundforge.channel;

import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Authenticates the socket before the upgrade with an API key, given as the {@code token} parameter (the phoenix
 * client's {@code params}) or in {@code Sec-WebSocket-Protocol: phoenix, base64url.bearer.phx.<base64 key>} (its
 * {@code authToken}). No valid key, no socket: 403, as Phoenix refuses a connect.
 */
final class SocketTokenInterceptor implements HandshakeInterceptor {

    static final String USER = UserAccount.class.getName();
    static final String PROTOCOL_TOKEN_PREFIX = "base64url.bearer.phx.";

    private final ApiKeyService keys;

    SocketTokenInterceptor(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        HttpServletRequest servlet = ((ServletServerHttpRequest) request).getServletRequest();
        String vsn = servlet.getParameter("vsn");
        if (vsn != null && !vsn.startsWith("2.")) {
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            return false;
        }
        Optional<UserAccount> user = token(servlet).flatMap(keys::authenticate);
        if (user.isEmpty()) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        attributes.put(USER, user.get());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }

    static Optional<String> token(HttpServletRequest request) {
        String parameter = request.getParameter("token");
        if (parameter != null && !parameter.isBlank()) {
            return Optional.of(parameter);
        }
        var protocolHeaders = request.getHeaders("Sec-WebSocket-Protocol");
        while (protocolHeaders != null && protocolHeaders.hasMoreElements()) {
            for (String protocol : protocolHeaders.nextElement().split(",")) {
                String candidate = protocol.strip();
                if (candidate.startsWith(PROTOCOL_TOKEN_PREFIX)) {
                    return decode(candidate.substring(PROTOCOL_TOKEN_PREFIX.length()));
                }
            }
        }
        return Optional.empty();
    }

    /** The phoenix client encodes with btoa (standard alphabet, '=' stripped); base64url is accepted too. */
    private static Optional<String> decode(String encoded) {
        String standard = encoded.replace('-', '+').replace('_', '/');
        String padded = standard + "=".repeat((4 - standard.length() % 4) % 4);
        try {
            return Optional.of(new String(Base64.getDecoder().decode(padded), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
