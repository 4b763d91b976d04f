package com.soundforge.channel;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.security.UserAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channels one connection has joined, by topic, with Phoenix's join, leave and push semantics. Called from the
 * connection's (sequential) inbound thread; {@link #closeAll} may come from any thread.
 */
final class JoinedChannels {

    static final String UNMATCHED_TOPIC = "unmatched topic";
    static final String TOO_MANY_CHANNELS = "too many channels joined";

    private static final Logger log = LoggerFactory.getLogger(JoinedChannels.class);

    private final UserAccount user;
    private final ChannelClient client;
    private final TopicRegistry registry;
    private final Broadcaster broadcaster;
    private final Outbound out;
    private final int maxChannels;
    private final Map<String, JoinedChannel> byTopic = new HashMap<>();
    private boolean closed;

    JoinedChannels(
            UserAccount user,
            ChannelClient client,
            TopicRegistry registry,
            Broadcaster broadcaster,
            Outbound out,
            int maxChannels) {
        this.user = user;
        this.client = client;
        this.registry = registry;
        this.broadcaster = broadcaster;
        this.out = out;
        this.maxChannels = maxChannels;
    }

    void join(PhoenixFrame frame) {
        String topic = frame.topic();
        remove(topic).ifPresent(duplicate -> {
            duplicate.close();
            out.send(PhoenixFrame.close(duplicate.joinRef, topic));
        });
        Optional<ChannelTopic> handler = registry.find(topic);
        if (handler.isEmpty()) {
            out.send(unmatched(frame));
            return;
        }
        if (size() >= maxChannels) {
            out.send(PhoenixFrame.reply(frame.joinRef(), frame.ref(), topic, Reply.error(TOO_MANY_CHANNELS)));
            return;
        }
        if (ChannelTopic.isAnonymous(user) && !handler.get().allowsAnonymous(topic)) {
            out.send(PhoenixFrame.reply(frame.joinRef(), frame.ref(), topic, Reply.error("unauthorized")));
            return;
        }
        JoinDecision decision = decide(handler.get(), frame);
        if (!decision.allowed()) {
            out.send(PhoenixFrame.reply(frame.joinRef(), frame.ref(), topic, new Reply(false, decision.response())));
            return;
        }
        JoinedChannel channel = new JoinedChannel(
                topic, frame.joinRef(), handler.get(), user, out, decision.session(), this::removeEnded);
        channel.subscribe(broadcaster, decision.broadcasterTopics());
        if (!add(channel)) {
            return;
        }
        List<OutboundEvent> first;
        try {
            first = decision.session() == null ? List.of() : decision.session().afterJoin();
        } catch (RuntimeException e) {
            log.warn("Joining {} failed after the join for {}", topic, user.username(), e);
            remove(topic);
            channel.close();
            out.send(PhoenixFrame.reply(frame.joinRef(), frame.ref(), topic, Reply.error("join crashed")));
            return;
        }
        out.send(PhoenixFrame.reply(frame.joinRef(), frame.ref(), topic, Reply.ok(decision.response())));
        first.forEach(event -> out.send(PhoenixFrame.push(frame.joinRef(), topic, event)));
        channel.open();
    }

    void leave(PhoenixFrame frame) {
        Optional<JoinedChannel> channel = remove(frame.topic());
        channel.ifPresent(JoinedChannel::close);
        String joinRef = channel.map(c -> c.joinRef).orElse(frame.joinRef());
        out.send(PhoenixFrame.reply(joinRef, frame.ref(), frame.topic(), Reply.ok(Map.of())));
        channel.ifPresent(c -> out.send(PhoenixFrame.close(c.joinRef, c.topic)));
    }

    /** A client push to a joined channel; a handler that throws crashes only that channel. */
    void push(PhoenixFrame frame) {
        JoinedChannel channel = get(frame.topic());
        if (channel == null) {
            out.send(unmatched(frame));
            return;
        }
        Reply reply;
        try {
            reply = channel.handleIn(frame.event(), frame.payloadMap());
        } catch (RuntimeException e) {
            log.warn("Channel {} crashed on '{}' from {}", frame.topic(), frame.event(), user.username(), e);
            remove(frame.topic());
            channel.close();
            out.send(PhoenixFrame.error(channel.joinRef, channel.topic));
            return;
        }
        out.send(PhoenixFrame.reply(channel.joinRef, frame.ref(), frame.topic(), reply));
    }

    /** A channel the server ended itself (its session said so): forget it unless a newer join replaced it. */
    private synchronized void removeEnded(JoinedChannel channel) {
        byTopic.remove(channel.topic, channel);
    }

    void closeAll() {
        List<JoinedChannel> all;
        synchronized (this) {
            closed = true;
            all = List.copyOf(byTopic.values());
            byTopic.clear();
        }
        all.forEach(JoinedChannel::close);
    }

    synchronized int size() {
        return byTopic.size();
    }

    private JoinDecision decide(ChannelTopic handler, PhoenixFrame frame) {
        try {
            return handler.join(user, client, frame.topic(), frame.payloadMap());
        } catch (RuntimeException e) {
            log.warn("Joining {} failed for {}", frame.topic(), user.username(), e);
            return JoinDecision.error("join crashed");
        }
    }

    /** Phoenix answers messages for topics it does not serve (or not joined) this way, without a join ref. */
    private static PhoenixFrame unmatched(PhoenixFrame frame) {
        return PhoenixFrame.reply(null, frame.ref(), frame.topic(), Reply.error(UNMATCHED_TOPIC));
    }

    private synchronized boolean add(JoinedChannel channel) {
        if (closed) {
            channel.close();
            return false;
        }
        byTopic.put(channel.topic, channel);
        return true;
    }

    private synchronized Optional<JoinedChannel> remove(String topic) {
        return Optional.ofNullable(byTopic.remove(topic));
    }

    private synchronized JoinedChannel get(String topic) {
        return byTopic.get(topic);
    }
}
