package com.soundforge.channel;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.SubscriberGoneException;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.security.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.socket.CloseStatus;

/**
 * One incarnation of a joined channel (identified by its join ref): relays its broadcaster topics through the
 * {@link ChannelTopic} and answers client pushes. Messages that arrive before the join reply went out are held
 * back until {@link #open}, so the reply is always the channel's first frame.
 */
final class JoinedChannel {

    static final String PING = "ping";
    /** The client fell a whole mailbox behind: it reconnects and starts again from a fresh state (1013). */
    static final CloseStatus FELL_BEHIND = CloseStatus.SERVICE_OVERLOAD.withReason("fell behind the live stream");

    final String topic;
    final String joinRef;
    private final ChannelTopic handler;
    private final UserAccount user;
    private final Outbound out;
    private final ChannelSession session;
    private final java.util.function.Consumer<JoinedChannel> onEnded;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private List<PhoenixFrame> heldBack = new ArrayList<>();
    private boolean closed;

    JoinedChannel(String topic, String joinRef, ChannelTopic handler, UserAccount user, Outbound out) {
        this(topic, joinRef, handler, user, out, null, c -> {});
    }

    JoinedChannel(
            String topic,
            String joinRef,
            ChannelTopic handler,
            UserAccount user,
            Outbound out,
            ChannelSession session,
            java.util.function.Consumer<JoinedChannel> onEnded) {
        this.topic = topic;
        this.joinRef = joinRef;
        this.handler = handler;
        this.user = user;
        this.out = out;
        this.session = session;
        this.onEnded = onEnded;
    }

    synchronized void subscribe(Broadcaster broadcaster, List<String> broadcasterTopics) {
        for (String broadcasterTopic : broadcasterTopics) {
            if (!closed) {
                subscriptions.add(broadcaster.subscribe(broadcasterTopic, this::relay, this::fellBehind));
            }
        }
    }

    /** Sends what arrived during the join, then lets messages through directly. */
    synchronized void open() {
        List<PhoenixFrame> pending = heldBack;
        heldBack = null;
        pending.forEach(out::send);
    }

    Reply handleIn(String event, Map<String, Object> payload) {
        if (PING.equals(event)) {
            return Reply.ok(Map.of("pong", true));
        }
        if (session != null) {
            return session.handleIn(event, payload);
        }
        return handler.handleIn(user, topic, event, payload);
    }

    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            subscriptions.forEach(Subscription::close);
            subscriptions.clear();
        }
        if (session != null) {
            session.close();
        }
    }

    private void relay(TopicMessage message) {
        if (isClosed() || !out.isOpen()) {
            throw new SubscriberGoneException("channel " + topic + " closed");
        }
        (session != null ? session.translate(message) : handler.translate(message))
                .ifPresent(event -> deliver(PhoenixFrame.relay(topic, event, message)));
        if (session != null && session.ended()) {
            close();
            onEnded.accept(this);
            deliver(PhoenixFrame.close(joinRef, topic));
        }
    }

    /** Better closed than silently wrong: a client missing messages would show a wrong state (presence). */
    private void fellBehind() {
        out.close(FELL_BEHIND);
    }

    private void deliver(PhoenixFrame frame) {
        synchronized (this) {
            if (heldBack != null) {
                heldBack.add(frame);
                return;
            }
        }
        out.send(frame);
    }

    private synchronized boolean isClosed() {
        return closed;
    }
}
