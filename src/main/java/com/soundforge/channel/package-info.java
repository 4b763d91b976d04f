/**
 * The channel socket at {@code /socket/websocket} (and its long-poll fallback at {@code /socket/longpoll}): the
 * Phoenix Channels V2 JSON protocol, so the official {@code phoenix} JavaScript client (and its ports) connect with
 * an API key and join topics. The base package is the SPI other features implement to offer topics
 * ({@link com.soundforge.channel.ChannelTopic} beans); both transports, the codec, limits and per-connection state
 * are package-private.
 */
package com.soundforge.channel;
