package com.soundforge.daw;

import com.soundforge.channel.ChannelSession;
import com.soundforge.channel.ChannelTopic;
import com.soundforge.channel.JoinDecision;
import com.soundforge.channel.OutboundEvent;
import com.soundforge.channel.Reply;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.daw.model.OperationCodec;
import com.soundforge.daw.model.StateCodec;
import com.soundforge.realtime.PresenceTracker;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The channel topic {@code daw:project:{id}} for the project's owner and collaborators: the join reply is the whole current state
 * ({@code {project}}), then every applied batch as {@code ops} (the README's wire shape, the client's own batches
 * included), {@code export_progress} and {@code deleted}. The client pushes {@code ops} with a batch
 * {@code {id, ops}}; the reply is {@code {from, seq}} or an error with the refused operation and why (a viewer's:
 * {@code forbidden}). A collaborator whose access is taken away gets {@code phx_close} at once; one whose role
 * changes gets {@code access_changed} {@code {role}}. A client that knew the project up to a sequence number joins
 * with {@code {after: seq}} (or pushes {@code catch_up} {@code {after}}) and gets the batches it missed,
 * {@code {seq, batches}}, or the whole state when they are too many.
 */
@Component
class DawChannelTopic implements ChannelTopic {

    private static final String PREFIX = "daw:project:";
    private final DawService daw;
    private final DawLive live;

    DawChannelTopic(DawService daw, DawLive live) {
        this.daw = daw;
        this.live = live;
    }

    @Override
    public boolean handles(String topic) {
        return topic.startsWith(PREFIX);
    }

    @Override
    public JoinDecision join(UserAccount user, String topic, Map<String, Object> params) {
        Optional<UUID> id = projectId(topic);
        if (id.isEmpty()) {
            return JoinDecision.error("unauthorized");
        }
        try {
            return JoinDecision.ok(List.of(Topics.dawProject(id.get())), catchUp(user, id.get(), params.get("after")))
                    .withSession(new MemberChannel(user, topic, id.get()));
        } catch (DawProjectNotFoundException e) {
            return JoinDecision.error("unauthorized");
        }
    }

    @Override
    public Optional<OutboundEvent> translate(TopicMessage message) {
        return switch (message.event()) {
            case "ops" ->
                message.payload() instanceof AppliedBatch batch
                        ? Optional.of(new OutboundEvent("ops", batch.toMap()))
                        : Optional.empty();
            case "deleted" ->
                Optional.of(new OutboundEvent("deleted", Map.of("id", String.valueOf(message.payload()))));
            case "export_progress" -> Optional.of(new OutboundEvent("export_progress", message.payload()));
            default -> Optional.empty();
        };
    }

    @Override
    public Reply handleIn(UserAccount user, String topic, String event, Map<String, Object> payload) {
        if (!event.equals("ops")) {
            return Reply.error("unknown event");
        }
        UUID id = projectId(topic).orElseThrow();
        return answering(() -> {
            AppliedBatch applied = daw.apply(user, id, OperationCodec.batch(payload), null);
            return Reply.ok(Map.of("from", applied.from(), "seq", applied.seq()));
        });
    }

    /** The handler's reply, or the refusal's reason: why, {@code forbidden} (a viewer) or {@code unauthorized}. */
    private static Reply answering(Supplier<Reply> handler) {
        try {
            return handler.get();
        } catch (InvalidOperationException e) {
            return Reply.error(e.reason());
        } catch (DawEditForbiddenException e) {
            return Reply.error("forbidden");
        } catch (DawProjectNotFoundException e) {
            return Reply.error("unauthorized");
        }
    }

    /**
     * One joined channel: a screen in the project's presence that sends its pointer, state and drag previews; it
     * ends when its user's access to the project is taken away.
     */
    private final class MemberChannel implements ChannelSession {
        private final UserAccount user;
        private final String topic;
        private final UUID projectId;
        private volatile DawLive.@Nullable Screen screen;
        private volatile boolean ended;

        MemberChannel(UserAccount user, String topic, UUID projectId) {
            this.user = user;
            this.topic = topic;
            this.projectId = projectId;
        }

        @Override
        public List<OutboundEvent> afterJoin() {
            DawLive.Screen joined = live.join(user, projectId, "channel");
            screen = joined;
            return List.of(new OutboundEvent("presence_state", joined.presenceState()));
        }

        @Override
        public Optional<OutboundEvent> translate(TopicMessage message) {
            DawLive.Screen own = screen;
            if (own != null && message.cameFrom(own.id())) {
                return Optional.empty();
            }
            if (message.payload() instanceof AccessChange change && DawService.ACCESS_CHANGED.equals(message.event())) {
                if (!change.userId().equals(user.id())) {
                    return Optional.empty();
                }
                if (change.role() == null) {
                    ended = true;
                    return Optional.empty();
                }
                if (own != null) {
                    own.roleChanged(change.role());
                }
                return Optional.of(new OutboundEvent(
                        message.event(), Map.of("role", change.role().wire())));
            }
            return switch (message.event()) {
                case PresenceTracker.DIFF, DawLive.CURSOR, DawLive.PREVIEW ->
                    Optional.of(new OutboundEvent(message.event(), message.payload()));
                default -> DawChannelTopic.this.translate(message);
            };
        }

        @Override
        public Reply handleIn(String event, Map<String, Object> payload) {
            DawLive.Screen own = screen;
            if (own == null || event.equals("ops")) {
                return DawChannelTopic.this.handleIn(user, topic, event, payload);
            }
            return answering(() -> switch (event) {
                case "presence" -> {
                    own.state(payload);
                    yield Reply.ok(Map.of());
                }
                case "cursor" -> Reply.ok(Map.of("sent", own.cursor(payload)));
                case "catch_up" -> Reply.ok(catchUp(user, projectId, payload.get("after")));
                case "preview" -> Reply.ok(Map.of("sent", own.preview(payload)));
                default -> Reply.error("unknown event");
            });
        }

        @Override
        public boolean ended() {
            return ended;
        }

        @Override
        public void close() {
            DawLive.Screen own = screen;
            if (own != null) {
                own.close();
            }
        }
    }

    /**
     * What a client that knows the project up to {@code after} needs: the batches since ({@code {seq, batches}})
     * when they are few, else the whole state ({@code {project}}); without {@code after}, the whole state.
     */
    private Map<String, Object> catchUp(UserAccount user, UUID projectId, @Nullable Object after) {
        var state = daw.open(user, projectId);
        if (after instanceof Number known
                && known.longValue() >= 0
                && known.longValue() <= state.seq()
                && state.seq() - known.longValue() <= DawService.MAX_CATCH_UP_OPS) {
            List<Map<String, @Nullable Object>> batches = daw.batchesAfter(user, projectId, known.longValue()).stream()
                    .map(AppliedBatch::toMap)
                    .toList();
            return Map.of("seq", state.seq(), "batches", batches);
        }
        return Map.of("project", StateCodec.toMap(state));
    }

    private static Optional<UUID> projectId(String topic) {
        try {
            return Optional.of(UUID.fromString(topic.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
