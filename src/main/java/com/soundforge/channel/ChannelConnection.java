package com.soundforge.channel;

import com.soundforge.channel.PhoenixCodec.Invalid;
import com.soundforge.channel.PhoenixCodec.Malformed;
import com.soundforge.channel.PhoenixCodec.Valid;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TokenBucket;
import com.soundforge.security.UserAccount;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;

/**
 * One client connection, over either transport: assembles frames within the size limit, enforces the message
 * rate, answers heartbeats and routes joins, leaves and pushes to its {@link JoinedChannels}. Inbound calls come
 * one at a time.
 */
final class ChannelConnection {

    static final CloseStatus TOO_BIG = CloseStatus.TOO_BIG_TO_PROCESS.withReason("frame too large");
    static final CloseStatus TOO_FAST = CloseStatus.POLICY_VIOLATION.withReason("rate limit exceeded");
    static final CloseStatus MALFORMED = CloseStatus.POLICY_VIOLATION.withReason("malformed message");
    static final CloseStatus REVOKED = CloseStatus.POLICY_VIOLATION.withReason("api key revoked");

    private static final Logger log = LoggerFactory.getLogger(ChannelConnection.class);

    private final String id;
    private final Outbound out;
    private final PhoenixCodec codec;
    private final FrameAssembler assembler;
    private final TokenBucket rate;
    private final JoinedChannels channels;
    private volatile Runnable onClosed = () -> {};

    ChannelConnection(
            ChannelClient client,
            Outbound out,
            UserAccount user,
            ChannelProperties limits,
            PhoenixCodec codec,
            TopicRegistry registry,
            Broadcaster broadcaster) {
        this.id = client.connectionId();
        this.out = out;
        this.codec = codec;
        this.assembler = new FrameAssembler(limits.maxFrameSize().toBytes());
        this.rate = new TokenBucket(limits.messagesPerSecond(), limits.messageBurst(), System.nanoTime());
        this.channels = new JoinedChannels(user, client, registry, broadcaster, out, limits.maxChannels());
    }

    /** A whole text message or, on a WebSocket, a fragment of one. */
    void receive(String fragment, boolean last) {
        if (!assembler.append(fragment)) {
            refuse(TOO_BIG);
            return;
        }
        if (!last) {
            return;
        }
        if (!rate.tryTake(System.nanoTime())) {
            refuse(TOO_FAST);
            return;
        }
        switch (codec.decode(assembler.take())) {
            case Valid valid -> dispatch(valid.frame());
            case Invalid invalid -> reject(invalid.malformed());
        }
    }

    void closed() {
        channels.closeAll();
        onClosed.run();
    }

    /** Runs when the connection has closed, whatever closed it (possibly more than once). */
    void onClosed(Runnable action) {
        this.onClosed = action;
    }

    /** The API key that opened this connection was revoked: its channels end and the connection closes. */
    void revoked() {
        refuse(REVOKED);
    }

    private void dispatch(PhoenixFrame frame) {
        if (frame.is(PhoenixFrame.HEARTBEAT_TOPIC, PhoenixFrame.HEARTBEAT)) {
            out.send(PhoenixFrame.reply(null, frame.ref(), frame.topic(), Reply.ok(Map.of())));
        } else if (frame.event().equals(PhoenixFrame.JOIN)) {
            channels.join(frame);
        } else if (frame.event().equals(PhoenixFrame.LEAVE)) {
            channels.leave(frame);
        } else {
            channels.push(frame);
        }
    }

    /** A frame we cannot use: answered as an error when it has a ref to answer to, otherwise the end. */
    private void reject(Malformed malformed) {
        log.debug("Malformed frame on channel socket {}: {}", id, malformed.reason());
        if (malformed.ref() == null) {
            refuse(MALFORMED);
            return;
        }
        out.send(PhoenixFrame.reply(
                malformed.joinRef(),
                malformed.ref(),
                malformed.topic(),
                Reply.error("malformed message: " + malformed.reason())));
    }

    private void refuse(CloseStatus status) {
        log.debug("Closing channel socket {}: {}", id, status);
        channels.closeAll();
        out.close(status);
    }
}
