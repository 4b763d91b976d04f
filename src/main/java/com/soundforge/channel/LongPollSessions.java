package com.soundforge.channel;

import com.soundforge.security.UserAccount;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The live long-poll sessions by token. Ends polls after the window and closes sessions whose client stopped
 * polling for longer than the idle timeout.
 */
@Component
class LongPollSessions implements DisposableBean {

    static final String TOKEN_PREFIX = "lp_";
    private static final Logger log = LoggerFactory.getLogger(LongPollSessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelConnections connections;
    private final ConcurrentHashMap<String, LongPollSession> byToken = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sfa-longpoll-timer").daemon().factory());

    LongPollSessions(ChannelConnections connections) {
        this.connections = connections;
        timer.scheduleWithFixedDelay(this::closeIdleSessions, 1, 1, TimeUnit.SECONDS);
    }

    /** A session for the user, opened with the API key {@code keyId} (null: none) from {@code remoteAddress}. */
    LongPollSession open(UserAccount user, UUID keyId, String remoteAddress) {
        String token = newToken();
        LongPollSession[] self = new LongPollSession[1];
        LongPollOutbox outbox = new LongPollOutbox(
                connections.codec(), connections.limits().sendBufferSize().toBytes(), () -> closed(self[0]));
        self[0] = new LongPollSession(token, outbox);
        ChannelClient client =
                new ChannelClient("longpoll-" + token.substring(TOKEN_PREFIX.length(), 12), remoteAddress);
        self[0].attach(connections.open(client, outbox, user, keyId));
        if (outbox.isOpen()) {
            byToken.put(token, self[0]);
        }
        return self[0];
    }

    Optional<LongPollSession> find(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byToken.get(token));
    }

    /** Answers the poll empty after the long-poll window unless messages complete it first. */
    void expireAfterWindow(LongPollSession session, CompletableFuture<List<String>> poll) {
        timer.schedule(
                () -> session.outbox.expire(poll),
                connections.limits().longPollWindow().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    int size() {
        return byToken.size();
    }

    private void closed(LongPollSession session) {
        byToken.remove(session.token);
        session.closed();
    }

    private void closeIdleSessions() {
        try {
            byToken.values().stream()
                    .filter(session ->
                            session.idleLongerThan(connections.limits().idleTimeout()))
                    .forEach(LongPollSession::close);
        } catch (RuntimeException e) {
            log.warn("Closing idle long-poll sessions failed", e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        byToken.values().forEach(LongPollSession::close);
    }
}
