package com.soundforge.dj;

import com.soundforge.channel.ChannelClient;
import com.soundforge.channel.ChannelSession;
import com.soundforge.channel.ChannelTopic;
import com.soundforge.channel.JoinDecision;
import com.soundforge.channel.OutboundEvent;
import com.soundforge.channel.Reply;
import com.soundforge.realtime.PresenceTracker;
import com.soundforge.realtime.PresenceTracker.Presence;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Channel topic {@code dj:session:{id}}: spectators join with {@code {"token": share token}} (their socket needs
 * no API key: it connects with the {@code share} parameter instead), the DJ with an API key and no token. The join
 * reply carries the session state and the server time; then {@code presence_state}, then the session's events
 * and {@code presence_diff}s. Spectators are present while joined (one screen per channel, key = their
 * {@code person} param or one per channel), push {@code request}/{@code shout} {@code {text}} to the DJ (rate-limited
 * per connection and address, never per {@code person}, which the client chooses), and are
 * sent {@code phx_close} when their link is revoked; the DJ pushes {@code announce} and receives
 * {@code spectator_message}s.
 */
@Component
class DjChannelTopic implements ChannelTopic {

    static final String PREFIX = "dj:session:";
    static final String SHARE_PARAM = "share";
    static final Set<String> RELAYED = Set.of(
            DjEvent.DECK_STATE_CHANGED,
            DjEvent.TRACK_LOADED,
            DjEvent.CUE_UPDATED,
            DjEvent.HOT_CUE_TRIGGERED,
            DjEvent.LOOP_CHANGED,
            DjEvent.MIXER_CHANGED,
            DjEvent.BEAT_GRID_CHANGED,
            DjEvent.ANNOUNCEMENT,
            PresenceTracker.DIFF);

    private final DjService dj;
    private final DjMessages messages;
    private final PresenceTracker presence;

    DjChannelTopic(DjService dj, DjMessages messages, PresenceTracker presence) {
        this.dj = dj;
        this.messages = messages;
        this.presence = presence;
    }

    @Override
    public boolean handles(String topic) {
        return topic.startsWith(PREFIX);
    }

    @Override
    public boolean allowsAnonymous(String topic) {
        return true;
    }

    @Override
    public boolean admitsAnonymousConnection(Map<String, String> connectParams) {
        return dj.sessionForShareToken(connectParams.get(SHARE_PARAM)).isPresent();
    }

    @Override
    public JoinDecision join(UserAccount user, String topic, Map<String, Object> params) {
        return join(user, new ChannelClient("unknown", "unknown"), topic, params);
    }

    @Override
    public JoinDecision join(UserAccount user, ChannelClient client, String topic, Map<String, Object> params) {
        UUID sessionId;
        try {
            sessionId = UUID.fromString(topic.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return JoinDecision.error("not found");
        }
        Object token = params.get("token");
        Optional<DjSession> session;
        boolean owner = false;
        if (token instanceof String t && !t.isBlank()) {
            session = dj.sessionForShareToken(t).filter(s -> s.id().equals(sessionId));
        } else if (!ChannelTopic.isAnonymous(user)) {
            try {
                session = Optional.of(dj.session(user.id(), sessionId));
                owner = true;
            } catch (DjSessionNotFoundException e) {
                session = Optional.empty();
            }
        } else {
            session = Optional.empty();
        }
        if (session.isEmpty()) {
            return JoinDecision.error("unauthorized");
        }
        DjSession found = session.get();
        String name = text(params.get("name"), DjMessages.MAX_NAME);
        String person = text(params.get("person"), 64);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("role", owner ? "dj" : "spectator");
        response.put("session", Map.of("id", found.id(), "name", found.name(), "state", found.state()));
        response.put("server_time", dj.now().toEpochMilli());
        List<String> relayed = owner ? List.of(topic, Topics.djInbox(sessionId)) : List.of(topic);
        DjChannel channel = new DjChannel(
                user,
                topic,
                sessionId,
                owner,
                owner ? null : (String) token,
                person.isEmpty() ? "c-" + UUID.randomUUID() : person,
                name,
                new DjMessages.Sender(client.connectionId(), client.remoteAddress()));
        return JoinDecision.ok(relayed, response).withSession(channel);
    }

    @Override
    public Optional<OutboundEvent> translate(TopicMessage message) {
        return RELAYED.contains(message.event())
                ? Optional.of(new OutboundEvent(message.event(), message.payload()))
                : Optional.empty();
    }

    private static String text(Object value, int max) {
        return value instanceof String s && s.strip().length() <= max ? s.strip() : "";
    }

    /** One joined channel: a spectator's screen (present while joined) or the DJ's client. */
    final class DjChannel implements ChannelSession {
        private final UserAccount user;
        private final String topic;
        private final UUID sessionId;
        private final boolean owner;
        private final String token;
        private final String person;
        private final String name;
        private final DjMessages.Sender sender;
        private volatile Presence screen;
        private volatile boolean ended;

        DjChannel(
                UserAccount user,
                String topic,
                UUID sessionId,
                boolean owner,
                String token,
                String person,
                String name,
                DjMessages.Sender sender) {
            this.sender = sender;
            this.user = user;
            this.topic = topic;
            this.sessionId = sessionId;
            this.owner = owner;
            this.token = token;
            this.person = person;
            this.name = name;
        }

        @Override
        public List<OutboundEvent> afterJoin() {
            if (!owner) {
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("name", name);
                meta.put("kind", "channel");
                screen = presence.joinUntilLeft(topic, person, meta);
            }
            return List.of(new OutboundEvent("presence_state", presence.state(topic)));
        }

        @Override
        public Optional<OutboundEvent> translate(TopicMessage message) {
            if (DjEvent.SHARE_REVOKED.equals(message.event())) {
                if (!owner && dj.sessionForShareToken(token).isEmpty()) {
                    ended = true;
                }
                return Optional.empty();
            }
            if (owner && DjEvent.SPECTATOR_MESSAGE.equals(message.event())) {
                return Optional.of(new OutboundEvent(message.event(), message.payload()));
            }
            return DjChannelTopic.this.translate(message);
        }

        @Override
        public Reply handleIn(String event, Map<String, Object> payload) {
            Object text = payload.get("text");
            if (!(text instanceof String body)) {
                return Reply.error("text is required");
            }
            try {
                if (!owner && DjMessages.KINDS.contains(event)) {
                    messages.send(token, sender, name, event, body);
                    return Reply.ok(Map.of());
                }
                if (owner && "announce".equals(event)) {
                    messages.announce(user.id(), sessionId, body);
                    return Reply.ok(Map.of());
                }
            } catch (RateLimitedException e) {
                return new Reply(false, Map.of("reason", "rate_limited", "retry_after", e.retryAfterSeconds()));
            } catch (IllegalArgumentException e) {
                return Reply.error(e.getMessage());
            }
            return Reply.error("unknown event");
        }

        @Override
        public boolean ended() {
            return ended;
        }

        @Override
        public void close() {
            Presence p = screen;
            screen = null;
            if (p != null) {
                p.leave();
            }
        }
    }
}
