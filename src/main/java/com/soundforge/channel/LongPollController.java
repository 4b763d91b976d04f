package com.soundforge.channel;

import com.soundforge.security.ApiKeyService;
import com.soundforge.security.AuthenticatedKey;
import com.soundforge.security.LoginThrottle;
import com.soundforge.security.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The long-poll transport at {@code /socket/longpoll}, as Phoenix's: answers are always HTTP 200 with the real
 * status in the JSON body. GET without a session token authenticates the API key and opens a session (410 +
 * token; 403 for a bad key, 429 after too many bad keys from one address); GET with a live session's token waits
 * up to the window for frames (200 + messages, or 204), with a gone session's token it answers 410 so the client
 * reconnects. POST carries client frames as NDJSON
 * (at most 100 per batch) and answers 200, or 410 when the session is gone.
 */
@RestController
class LongPollController {

    static final String PATH = "/socket/longpoll";
    static final int MAX_BATCH = 100;

    private final LongPollSessions sessions;
    private final ApiKeyService keys;
    private final ChannelProperties limits;
    private final TopicRegistry topics;
    private final LoginThrottle throttle;

    LongPollController(
            LongPollSessions sessions,
            ApiKeyService keys,
            ChannelProperties limits,
            TopicRegistry topics,
            LoginThrottle throttle) {
        this.throttle = throttle;
        this.sessions = sessions;
        this.keys = keys;
        this.limits = limits;
        this.topics = topics;
    }

    @GetMapping(PATH)
    DeferredResult<ResponseEntity<Map<String, Object>>> poll(HttpServletRequest request) {
        DeferredResult<ResponseEntity<Map<String, Object>>> result =
                new DeferredResult<>(limits.longPollWindow().toMillis() + 10_000);
        if (!SocketCredentials.supportedVersion(request)) {
            result.setResult(answer(400, null, null));
            return result;
        }
        Optional<String> sessionToken = SocketCredentials.longPollSession(request);
        Optional<LongPollSession> existing = sessionToken.flatMap(sessions::find);
        if (sessionToken.isPresent() && existing.isEmpty()) {
            result.setResult(answer(410, null, null));
            return result;
        }
        if (existing.isEmpty()) {
            Optional<String> key = SocketCredentials.longPollKey(request);
            if (key.isPresent()
                    && throttle.apiKeyRefusal(request.getRemoteAddr()).isPresent()) {
                result.setResult(answer(429, null, null));
                return result;
            }
            Optional<AuthenticatedKey> authenticated = key.flatMap(keys::authenticateKey);
            if (key.isPresent() && authenticated.isEmpty()) {
                throttle.apiKeyFailed(request.getRemoteAddr());
            }
            Optional<UserAccount> user = key.isPresent()
                    ? authenticated.map(AuthenticatedKey::owner)
                    : SocketCredentials.anonymous(request, topics);
            UUID keyId = authenticated.map(AuthenticatedKey::keyId).orElse(null);
            result.setResult(user.map(u -> answer(410, sessions.open(u, keyId, request.getRemoteAddr()).token, null))
                    .orElseGet(() -> answer(403, null, null)));
            return result;
        }
        LongPollSession session = existing.get();
        session.touch();
        CompletableFuture<List<String>> messages = session.outbox.poll();
        if (!messages.isDone()) {
            sessions.expireAfterWindow(session, messages);
        }
        messages.thenAccept(batch -> {
            session.touch();
            result.setResult(batch.isEmpty() ? answer(204, session.token, null) : answer(200, session.token, batch));
        });
        return result;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> publish(HttpServletRequest request) throws IOException {
        Optional<LongPollSession> session =
                SocketCredentials.longPollSession(request).flatMap(sessions::find);
        if (session.isEmpty()) {
            return answer(410, null, null);
        }
        long maxBody = limits.maxFrameSize().toBytes() * MAX_BATCH + MAX_BATCH;
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        if (body.length > maxBody) {
            return answer(413, null, null);
        }
        List<String> messages = new String(body, StandardCharsets.UTF_8).lines().toList();
        if (messages.size() > MAX_BATCH) {
            return answer(413, null, null);
        }
        session.get().receive(messages);
        return answer(200, null, null);
    }

    private static ResponseEntity<Map<String, Object>> answer(int status, String token, List<String> messages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (token != null) {
            body.put("token", token);
        }
        if (messages != null) {
            body.put("messages", messages);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
