package com.soundforge.channel;

import org.springframework.web.socket.CloseStatus;

/**
 * Where a connection's frames go: a WebSocket, or the queue a long-poll client collects from. Any thread may send;
 * sending never waits for a slow client (one that cannot keep up is disconnected instead).
 */
interface Outbound {

    /** Sends the frame unless the connection is gone; false when it is (or just went). */
    boolean send(PhoenixFrame frame);

    boolean isOpen();

    void close(CloseStatus status);
}
