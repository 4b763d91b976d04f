package com.soundforge.realtime;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A subscriber's own bounded queue, drained in order by at most one task at a time. When the subscriber falls
 * behind by more than the capacity the publisher still never waits: a subscriber with an overrun handler is closed
 * and told (it must start again from a fresh state), one without loses the oldest messages.
 */
final class Mailbox implements Subscription {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    private final String topic;
    private final Consumer<TopicMessage> listener;
    private final Executor executor;
    private final int capacity;
    private final Runnable onClose;
    private final Runnable onOverrun;
    private final ArrayDeque<TopicMessage> queue = new ArrayDeque<>();
    private boolean draining;
    private volatile boolean open = true;

    Mailbox(
            String topic,
            Consumer<TopicMessage> listener,
            Executor executor,
            int capacity,
            Runnable onClose,
            Runnable onOverrun) {
        this.topic = topic;
        this.onOverrun = onOverrun;
        this.listener = listener;
        this.executor = executor;
        this.capacity = capacity;
        this.onClose = onClose;
    }

    void offer(TopicMessage message) {
        if (!open) {
            return;
        }
        boolean startDrain;
        synchronized (queue) {
            if (queue.size() >= capacity && onOverrun != null) {
                queue.clear();
                overrun();
                return;
            }
            if (queue.size() >= capacity) {
                queue.pollFirst();
            }
            queue.addLast(message);
            startDrain = !draining;
            draining = true;
        }
        if (startDrain) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        while (open) {
            TopicMessage next;
            synchronized (queue) {
                next = queue.pollFirst();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            deliver(next);
        }
        synchronized (queue) {
            queue.clear();
            draining = false;
        }
    }

    private void deliver(TopicMessage message) {
        try {
            listener.accept(message);
        } catch (SubscriberGoneException gone) {
            close();
        } catch (RuntimeException e) {
            log.warn("Subscriber of {} failed on {}", topic, message.event(), e);
        }
    }

    private void overrun() {
        log.debug("A subscriber of {} fell {} messages behind and is closed", topic, capacity);
        close();
        executor.execute(() -> {
            try {
                onOverrun.run();
            } catch (RuntimeException e) {
                log.warn("The overrun handler of a subscriber of {} failed", topic, e);
            }
        });
    }

    /** Nothing queued and nothing being delivered. */
    boolean idle() {
        synchronized (queue) {
            return !draining && queue.isEmpty();
        }
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            onClose.run();
        }
    }
}
