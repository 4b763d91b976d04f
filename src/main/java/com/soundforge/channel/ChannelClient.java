package com.soundforge.channel;

/**
 * Who is on the other end of a connection, as the server sees it (the client cannot choose these): the
 * connection's id, unique per socket or long-poll session, and the remote address it connected from.
 */
public record ChannelClient(String connectionId, String remoteAddress) {}
