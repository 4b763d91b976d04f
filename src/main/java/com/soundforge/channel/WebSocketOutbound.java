package com.soundforge.channel;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;

/**
 * A WebSocket connection's sending side. Any thread may send: while one send is in progress the others queue in the
 * session's own bounded buffer and return at once; a client too slow for the send-time or buffer limit is
 * disconnected, so it never holds up the broadcaster or other connections.
 */
final class WebSocketOutbound implements Outbound {

    private static final Logger log = LoggerFactory.getLogger(WebSocketOutbound.class);

    private final ConcurrentWebSocketSessionDecorator session;
    private final PhoenixCodec codec;

    WebSocketOutbound(WebSocketSession session, PhoenixCodec codec, ChannelProperties limits) {
        this.session = new ConcurrentWebSocketSessionDecorator(
                session,
                (int) limits.sendTimeLimit().toMillis(),
                (int) limits.sendBufferSize().toBytes(),
                ConcurrentWebSocketSessionDecorator.OverflowStrategy.TERMINATE);
        this.codec = codec;
    }

    @Override
    public boolean send(PhoenixFrame frame) {
        if (!session.isOpen()) {
            return false;
        }
        try {
            session.sendMessage(new TextMessage(codec.encode(frame)));
            return true;
        } catch (SessionLimitExceededException tooSlow) {
            log.debug("Closing channel socket {}: {}", session.getId(), tooSlow.getMessage());
            close(tooSlow.getStatus());
            return false;
        } catch (IOException | IllegalStateException gone) {
            log.debug("Channel socket {} is gone: {}", session.getId(), gone.getMessage());
            close(CloseStatus.SESSION_NOT_RELIABLE);
            return false;
        }
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | IllegalStateException e) {
            log.debug("Closing channel socket {} failed: {}", session.getId(), e.getMessage());
        }
    }
}
