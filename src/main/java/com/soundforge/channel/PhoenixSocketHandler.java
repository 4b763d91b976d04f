package com.soundforge.channel;

import com.soundforge.security.UserAccount;
import jakarta.websocket.Session;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.SubProtocolCapable;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The WebSocket side of {@code /socket/websocket}: one {@link ChannelConnection} per socket, authenticated in the
 * handshake. Text arrives in fragments so the frame-size limit holds before a frame is buffered; binary frames are
 * refused (1003) as this server speaks only the JSON serializer.
 */
@Component
class PhoenixSocketHandler extends TextWebSocketHandler implements SubProtocolCapable {

    static final String SUBPROTOCOL = "phoenix";
    static final String TOMCAT_BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";
    static final int TEXT_BUFFER_CHARS = 1024;
    private static final String CONNECTION = ChannelConnection.class.getName();

    private final ChannelConnections connections;
    private final ChannelProperties limits;

    PhoenixSocketHandler(ChannelConnections connections) {
        this.connections = connections;
        this.limits = connections.limits();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        UserAccount user = (UserAccount) session.getAttributes().get(SocketTokenInterceptor.USER);
        if (session instanceof NativeWebSocketSession nativeSession
                && nativeSession.getNativeSession(Session.class) instanceof Session standard) {
            standard.setMaxIdleTimeout(limits.idleTimeout().toMillis());
            // Tomcat holds a text buffer of this many chars per socket (8,192 by default, 16 KB); frames arrive in
            // parts anyway (supportsPartialMessages), so a small one costs a crowd of idle spectators far less.
            standard.setMaxTextMessageBufferSize(TEXT_BUFFER_CHARS);
            // A send blocked by a client that stopped reading fails after this (Tomcat's default is 20 s); the
            // session decorator's own limits only apply while a second thread tries to send.
            standard.getUserProperties()
                    .put(TOMCAT_BLOCKING_SEND_TIMEOUT, limits.sendTimeLimit().toMillis());
        }
        Outbound out = new WebSocketOutbound(session, connections.codec(), limits);
        UUID keyId = (UUID) session.getAttributes().get(SocketTokenInterceptor.KEY_ID);
        InetSocketAddress remote = session.getRemoteAddress();
        ChannelClient client = new ChannelClient(
                "ws-" + session.getId(),
                remote == null
                        ? "unknown"
                        : remote.getAddress() == null
                                ? remote.getHostString()
                                : remote.getAddress().getHostAddress());
        session.getAttributes().put(CONNECTION, connections.open(client, out, user, keyId));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        connection(session).receive(message.getPayload(), message.isLast());
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) throws Exception {
        closed(session);
        super.handleTransportError(session, exception);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        closed(session);
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    public List<String> getSubProtocols() {
        return List.of(SUBPROTOCOL);
    }

    private static void closed(WebSocketSession session) {
        ChannelConnection connection =
                (ChannelConnection) session.getAttributes().get(CONNECTION);
        if (connection != null) {
            connection.closed();
        }
    }

    private static ChannelConnection connection(WebSocketSession session) {
        return (ChannelConnection) session.getAttributes().get(CONNECTION);
    }
}
