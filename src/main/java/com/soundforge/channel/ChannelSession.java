package com.soundforge.channel;

import com.soundforge.realtime.TopicMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-channel state a {@link ChannelTopic} may attach to a join (see {@link JoinDecision#withSession}): events
 * pushed right after the join reply (e.g. {@code presence_state}), its own translation and pushes, an end the
 * server decides (e.g. a revoked share link), and cleanup when the channel or its socket closes (e.g. leaving
 * presence). Called from the connection's inbound thread and the broadcaster's delivery threads: be thread-safe.
 */
public interface ChannelSession {

    /** Pushed right after the join reply, before any relayed message; called once the relay is subscribed. */
    default List<OutboundEvent> afterJoin() {
        return List.of();
    }

    /** This channel's view of a relayed message; empty skips it. */
    Optional<OutboundEvent> translate(TopicMessage message);

    /** Answers a client push on this channel. */
    default Reply handleIn(String event, Map<String, Object> payload) {
        return Reply.error("unknown event");
    }

    /** Asked after each relayed message: true ends the channel (the client gets {@code phx_close}). */
    default boolean ended() {
        return false;
    }

    /** The channel closed (left, replaced, crashed, ended, or its socket closed). Called once. */
    default void close() {}
}
