package com.soundforge.channel;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Where the phoenix client puts its credentials. The API key: the {@code token} parameter (its {@code params}) or,
 * from its {@code authToken} option, {@code Sec-WebSocket-Protocol: phoenix, base64url.bearer.phx.<base64 key>}
 * on a WebSocket and {@code X-Phoenix-AuthToken} on long poll. The long-poll session token: a second
 * {@code token} parameter (1.8 clients append it to the params) or {@code X-Phoenix-Longpoll-Token}.
 */
final class SocketCredentials {

    static final String PROTOCOL_TOKEN_PREFIX = "base64url.bearer.phx.";

    private SocketCredentials() {}

    static Optional<String> webSocketKey(HttpServletRequest request) {
        String parameter = request.getParameter("token");
        if (parameter != null && !parameter.isBlank()) {
            return Optional.of(parameter);
        }
        for (String header : Collections.list(request.getHeaders("Sec-WebSocket-Protocol"))) {
            for (String protocol : header.split(",")) {
                String candidate = protocol.strip();
                if (candidate.startsWith(PROTOCOL_TOKEN_PREFIX)) {
                    return decode(candidate.substring(PROTOCOL_TOKEN_PREFIX.length()));
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> longPollKey(HttpServletRequest request) {
        String header = request.getHeader("X-Phoenix-AuthToken");
        if (header != null && !header.isBlank()) {
            return Optional.of(header);
        }
        return tokens(request).stream()
                .filter(t -> !t.isBlank() && !t.startsWith(LongPollSessions.TOKEN_PREFIX))
                .findFirst();
    }

    static Optional<String> longPollSession(HttpServletRequest request) {
        String header = request.getHeader("X-Phoenix-Longpoll-Token");
        if (header != null && !header.isBlank()) {
            return Optional.of(header);
        }
        return tokens(request).stream()
                .filter(t -> t.startsWith(LongPollSessions.TOKEN_PREFIX))
                .reduce((first, second) -> second);
    }

    /** A connection without an API key: anonymous when some topic admits its parameters (first value each). */
    static Optional<com.soundforge.security.UserAccount> anonymous(HttpServletRequest request, TopicRegistry topics) {
        java.util.Map<String, String> params = new java.util.HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0 && values[0] != null && values[0].length() <= 200) {
                params.put(name, values[0]);
            }
        });
        return topics.admitsAnonymous(params) ? Optional.of(ChannelTopic.ANONYMOUS) : Optional.empty();
    }

    /** Only protocol version 2 is spoken; clients that send no version get it too. */
    static boolean supportedVersion(HttpServletRequest request) {
        String vsn = request.getParameter("vsn");
        return vsn == null || vsn.startsWith("2.");
    }

    private static List<String> tokens(HttpServletRequest request) {
        String[] values = request.getParameterValues("token");
        return values == null ? List.of() : Arrays.asList(values);
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
