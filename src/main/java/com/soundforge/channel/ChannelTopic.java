package com.soundforge.channel;

import com.soundforge.realtime.TopicMessage;
import com.soundforge.security.Role;
import com.soundforge.security.UserAccount;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A family of channel topics a client may join, offered by a feature as a Spring bean. The endpoint asks
 * {@link #handles} to find the implementation, {@link #join} to authorize a join and to name the broadcaster
 * topics to relay, and {@link #translate} for each broadcaster message on them (called on a broadcaster delivery
 * thread, so it must be thread-safe and quick). Every joined channel also answers the client push {@code ping}
 * with {@code {"pong": true}} without asking the implementation.
 */
public interface ChannelTopic {

    /**
     * The user of a connection made without an API key. Such a connection is only admitted when some topic
     * {@link #admitsAnonymousConnection admits} its connect parameters, and it may only join topics that
     * {@link #allowsAnonymous allow} anonymous users; every other join is refused with {@code "unauthorized"}.
     */
    UserAccount ANONYMOUS = new UserAccount(new UUID(0, 0), "anonymous", Role.USER);

    static boolean isAnonymous(UserAccount user) {
        return user == ANONYMOUS;
    }

    /** Whether a connection without an API key may join this topic (the join still checks its own params). */
    default boolean allowsAnonymous(String topic) {
        return false;
    }

    /** Whether a connection without an API key is let in for these connect parameters (e.g. a live share token). */
    default boolean admitsAnonymousConnection(Map<String, String> connectParams) {
        return false;
    }

    /** Whether this implementation serves the channel topic, e.g. {@code topic.startsWith("jobs:")}. */
    boolean handles(String topic);

    /** Authorizes the user's join; {@link JoinDecision#ok} names the broadcaster topics whose messages to relay. */
    JoinDecision join(UserAccount user, String topic, Map<String, Object> params);

    /**
     * {@link #join(UserAccount, String, Map)} with the connection it comes from, for topics that must tell clients
     * apart by something the client cannot choose (e.g. to rate-limit guests).
     */
    default JoinDecision join(UserAccount user, ChannelClient client, String topic, Map<String, Object> params) {
        return join(user, topic, params);
    }

    /** A broadcaster message as a channel event with a JSON-serializable payload; empty to skip it. */
    Optional<OutboundEvent> translate(TopicMessage message);

    /** Answers a client push on a joined channel; an exception crashes the channel ({@code phx_error}). */
    default Reply handleIn(UserAccount user, String topic, String event, Map<String, Object> payload) {
        return Reply.error("unknown event");
    }
}
