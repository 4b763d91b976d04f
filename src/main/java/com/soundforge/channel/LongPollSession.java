package com.soundforge.channel;

import java.time.Duration;
import org.springframework.web.socket.CloseStatus;

/** One long-poll client: its session token, its connection and the outbox its polls collect from. */
final class LongPollSession {

    final String token;
    final LongPollOutbox outbox;
    private ChannelConnection connection;
    private volatile long lastActivityNanos = System.nanoTime();

    LongPollSession(String token, LongPollOutbox outbox) {
        this.token = token;
        this.outbox = outbox;
    }

    void attach(ChannelConnection connection) {
        this.connection = connection;
    }

    /** Messages of one POST, in order; POSTs of one session never interleave. */
    synchronized void receive(Iterable<String> messages) {
        touch();
        for (String message : messages) {
            if (!outbox.isOpen()) {
                return;
            }
            if (!message.isBlank()) {
                connection.receive(message, true);
            }
        }
    }

    void touch() {
        lastActivityNanos = System.nanoTime();
    }

    boolean idleLongerThan(Duration limit) {
        return !outbox.hasWaitingPoll() && System.nanoTime() - lastActivityNanos > limit.toNanos();
    }

    void close() {
        outbox.close(CloseStatus.GOING_AWAY);
    }

    /** Called when the outbox closes, whatever closed it. */
    void closed() {
        if (connection != null) {
            connection.closed();
        }
    }
}
