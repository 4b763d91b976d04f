package com.soundforge.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.web.socket.CloseStatus;

/**
 * A long-poll session's outbound queue: frames wait here, encoded, until the client's next poll collects them.
 * At most one poll waits at a time (a newer one ends the older); whoever takes the waiting poll completes it, so
 * no frame is lost between a send and a poll that times out. A client that lets more than the buffer limit pile up
 * is disconnected.
 */
final class LongPollOutbox implements Outbound {

    private final PhoenixCodec codec;
    private final long maxBytes;
    private final Runnable onClose;
    private final List<String> pending = new ArrayList<>();
    private long pendingBytes;
    private CompletableFuture<List<String>> waitingPoll;
    private boolean open = true;

    LongPollOutbox(PhoenixCodec codec, long maxBytes, Runnable onClose) {
        this.codec = codec;
        this.maxBytes = maxBytes;
        this.onClose = onClose;
    }

    @Override
    public boolean send(PhoenixFrame frame) {
        String json = codec.encode(frame);
        CompletableFuture<List<String>> poll;
        List<String> batch;
        synchronized (this) {
            if (!open) {
                return false;
            }
            if (pendingBytes + json.length() > maxBytes) {
                poll = null;
                batch = null;
            } else {
                pending.add(json);
                pendingBytes += json.length();
                if (waitingPoll == null) {
                    return true;
                }
                poll = waitingPoll;
                waitingPoll = null;
                batch = take();
            }
        }
        if (poll == null) {
            close(CloseStatus.SESSION_NOT_RELIABLE);
            return false;
        }
        poll.complete(batch);
        return true;
    }

    /** The frames queued so far, or (when none are) a poll that completes with the next ones. */
    CompletableFuture<List<String>> poll() {
        CompletableFuture<List<String>> replaced;
        CompletableFuture<List<String>> answer;
        synchronized (this) {
            replaced = waitingPoll;
            waitingPoll = null;
            if (!pending.isEmpty() || !open) {
                answer = CompletableFuture.completedFuture(take());
            } else {
                answer = waitingPoll = new CompletableFuture<>();
            }
        }
        if (replaced != null) {
            replaced.complete(List.of());
        }
        return answer;
    }

    /** Ends a poll that waited its whole window, unless a send took it first. */
    void expire(CompletableFuture<List<String>> poll) {
        synchronized (this) {
            if (waitingPoll != poll) {
                return;
            }
            waitingPoll = null;
        }
        poll.complete(List.of());
    }

    synchronized boolean hasWaitingPoll() {
        return waitingPoll != null;
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }

    @Override
    public void close(CloseStatus status) {
        CompletableFuture<List<String>> poll;
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
            poll = waitingPoll;
            waitingPoll = null;
        }
        if (poll != null) {
            poll.complete(List.of());
        }
        onClose.run();
    }

    private List<String> take() {
        List<String> batch = List.copyOf(pending);
        pending.clear();
        pendingBytes = 0;
        return batch;
    }
}
