package com.soundforge.realtime;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Topic publish/subscribe for every live message in SFA. Thread-safe; {@link #publish} only enqueues into each
 * subscriber's bounded mailbox (or, for a crowded topic, into the topic's own queue: {@link TopicFanout}), so a
 * slow or dead subscriber never stalls the publisher or other subscribers.
 */
@Service
public class Broadcaster implements DisposableBean {

    static final int MAILBOX_CAPACITY = 1024;

    private final ConcurrentHashMap<String, TopicFanout> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    /** Subscribes; a listener that falls more than the mailbox capacity behind loses the oldest messages. */
    public Subscription subscribe(String topic, Consumer<TopicMessage> listener) {
        return subscribe(topic, listener, null);
    }

    /**
     * Subscribes a listener that must see every message or none: when it falls more than the mailbox capacity
     * behind, its subscription closes and {@code onOverrun} runs once (on a delivery thread), so it can start over
     * from a fresh state (e.g. close the client's socket) instead of missing messages silently.
     */
    public Subscription subscribe(String topic, Consumer<TopicMessage> listener, Runnable onOverrun) {
        Mailbox[] self = new Mailbox[1];
        self[0] =
                new Mailbox(topic, listener, delivery, MAILBOX_CAPACITY, () -> unsubscribe(topic, self[0]), onOverrun);
        subscribers.compute(topic, (t, fanout) -> {
            TopicFanout topicSubscribers = fanout != null ? fanout : new TopicFanout(t, delivery);
            topicSubscribers.add(self[0]);
            return topicSubscribers;
        });
        return self[0];
    }

    public void publish(String topic, String event, Object payload) {
        publish(topic, event, payload, null);
    }

    public void publish(String topic, String event, Object payload, String origin) {
        TopicFanout topicSubscribers = subscribers.get(topic);
        if (topicSubscribers != null) {
            topicSubscribers.publish(new TopicMessage(topic, event, payload, origin, Instant.now()));
        }
    }

    public int subscriberCount(String topic) {
        TopicFanout topicSubscribers = subscribers.get(topic);
        return topicSubscribers == null ? 0 : topicSubscribers.size();
    }

    public int totalSubscriberCount() {
        return subscribers.values().stream().mapToInt(TopicFanout::size).sum();
    }

    private void unsubscribe(String topic, Mailbox mailbox) {
        subscribers.computeIfPresent(topic, (t, fanout) -> fanout.remove(mailbox) ? null : fanout);
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
