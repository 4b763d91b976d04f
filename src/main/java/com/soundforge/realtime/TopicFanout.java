package com.soundforge.realtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * A topic's subscribers and the messages on their way to them. Handing a message to a few subscribers is quick,
 * so the publisher does it; handing one to a crowd (every spectator of a DJ set) is not, so one delivery thread per
 * topic does it while the publisher (the DJ's own request) returns at once. Either way each subscriber's mailbox
 * gets the topic's messages in publish order.
 */
final class TopicFanout {

    /** Up to this many subscribers the publisher's thread fills their mailboxes itself. */
    static final int INLINE_MAX = 64;

    private final Set<Mailbox> mailboxes = ConcurrentHashMap.newKeySet();
    /** Messages for the crowd, handed out in order on a delivery thread. */
    private final Mailbox queued;

    TopicFanout(String topic, Executor executor) {
        this.queued = new Mailbox(topic, this::offerToAll, executor, Integer.MAX_VALUE, () -> {}, null);
    }

    void add(Mailbox mailbox) {
        mailboxes.add(mailbox);
    }

    /** True when no subscriber is left. */
    boolean remove(Mailbox mailbox) {
        mailboxes.remove(mailbox);
        return mailboxes.isEmpty();
    }

    int size() {
        return mailboxes.size();
    }

    synchronized void publish(TopicMessage message) {
        if (queued.idle() && mailboxes.size() <= INLINE_MAX) {
            offerToAll(message);
        } else {
            queued.offer(message);
        }
    }

    private void offerToAll(TopicMessage message) {
        for (Mailbox mailbox : mailboxes) {
            mailbox.offer(message);
        }
    }
}
