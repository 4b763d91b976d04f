package com.soundforge.daw;

import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.OperationCodec;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.PresenceTracker;
import com.soundforge.realtime.TokenBucket;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;

/**
 * The live layer of a project's screens, beside its operations: who is in it (Phoenix presence on
 * {@code daw:project:{id}}, one meta per screen with the person's name and colour, their selection, the clip they
 * are editing and whom they follow), their pointers and playheads ({@value #CURSOR}) and the transient previews of
 * their drags ({@value #PREVIEW}). Nothing here is stored; a screen's messages carry its id as origin, so it never
 * gets its own echo.
 */
@Service
public class DawLive implements DisposableBean {

    public static final String CURSOR = "cursor";
    public static final String PREVIEW = "preview";
    static final int MAX_SELECTION = 2_000;
    static final int MAX_PREVIEW_OPS = 500;
    private static final long TOUCH_SECONDS = 2;
    private static final long BEAT_SECONDS = 6;
    /**
     * Pointer and preview messages per screen: a drag's preview once per animation frame plus the pointer at 30 a
     * second (the editor's spacing), with a little slack.
     */
    private static final double MESSAGES_PER_SECOND = 100;

    private static final List<String> COLORS = List.of(
            "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#bfef45", "#fabed4",
            "#469990", "#dcbeff", "#9a6324", "#ffe119", "#800000", "#aaffc3", "#808000");

    private final DawService daw;
    private final PresenceTracker presence;
    private final Broadcaster broadcaster;
    private final Set<Screen> screens = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService toucher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("daw-presence").factory());

    DawLive(DawService daw, PresenceTracker presence, Broadcaster broadcaster) {
        this.daw = daw;
        this.presence = presence;
        this.broadcaster = broadcaster;
        toucher.scheduleWithFixedDelay(
                () -> screens.forEach(Screen::touch), TOUCH_SECONDS, TOUCH_SECONDS, TimeUnit.SECONDS);
        toucher.scheduleWithFixedDelay(
                () -> screens.forEach(Screen::beat), BEAT_SECONDS, BEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** A live message's payload (a presence diff, a cursor, a preview) as JSON text for an editor page. */
    public static String json(Object payload) {
        return DawJson.write(payload);
    }

    /** The colour a person has in every project: the same on every screen and node. */
    public static String colorOf(UUID userId) {
        return COLORS.get(Math.floorMod(userId.hashCode(), COLORS.size()));
    }

    /**
     * Puts one screen of the user ({@code kind}: {@code page} or {@code channel}) into the project's presence.
     *
     * @throws DawProjectNotFoundException when the user has no access to the project
     */
    public Screen join(UserAccount user, UUID projectId, String kind) {
        ProjectRole role = daw.roleOf(user, projectId);
        Screen screen = new Screen(user, projectId, role, kind);
        screens.add(screen);
        return screen;
    }

    /** One screen in a project: its presence, pointer and previews. Close it when the screen goes. */
    public final class Screen implements AutoCloseable {
        private final String id = UUID.randomUUID().toString();
        private final UserAccount user;
        private final UUID projectId;
        private final String kind;
        private final PresenceTracker.Presence present;
        private final TokenBucket messages =
                new TokenBucket(MESSAGES_PER_SECOND, MESSAGES_PER_SECOND, System.nanoTime());
        private volatile ProjectRole role;
        private volatile boolean previewing;
        private volatile Runnable onBeat = () -> {};

        private Screen(UserAccount user, UUID projectId, ProjectRole role, String kind) {
            this.user = user;
            this.projectId = projectId;
            this.role = role;
            this.kind = kind;
            this.present = presence.join(Topics.dawProject(projectId), user.username(), meta(List.of(), null, null));
        }

        /** The origin of this screen's messages: a subscriber skips those whose origin is its own screen's id. */
        public String id() {
            return id;
        }

        public ProjectRole role() {
            return role;
        }

        /** {@code {screen, name, color}}: who this screen is, as its editor page shows itself. */
        public Map<String, String> identity() {
            return Map.of("screen", id, "name", user.username(), "color", colorOf(user.id()));
        }

        /** The project's presence as a newly joined client starts from ({@code presence_state}). */
        public Map<String, Map<String, List<Map<String, Object>>>> presenceState() {
            return presence.state(Topics.dawProject(projectId));
        }

        /** The user's role changed while this screen is open (a viewer can no longer preview edits). */
        public void roleChanged(ProjectRole newRole) {
            role = newRole;
        }

        /**
         * What this screen shows the others about itself: its selected clips, the clip it is dragging or trimming
         * (null when none) and the person it follows (a username, or null).
         */
        public void state(List<UUID> selection, @Nullable UUID editing, @Nullable String following) {
            if (selection.size() > MAX_SELECTION) {
                throw new InvalidOperationException("A selection has at most " + MAX_SELECTION + " clips.");
            }
            if (following != null && (following.isBlank() || following.length() > 100)) {
                throw new InvalidOperationException("following must be a username or null.");
            }
            present.update(meta(selection, editing, following));
        }

        /**
         * A message from this screen's editor page, as JSON text in the channel's shapes: {@code presence},
         * {@code cursor} or {@code preview}. Anything else, or what is not such JSON, is refused like a channel
         * client's message.
         */
        public void receive(String event, String json) {
            Object payload;
            try {
                payload = DawJson.MAPPER.readValue(json, Object.class);
            } catch (JacksonException e) {
                throw new InvalidOperationException("A live message must be a JSON object.");
            }
            if (!(payload instanceof Map<?, ?> raw)) {
                throw new InvalidOperationException("A live message must be a JSON object.");
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> message = (Map<String, ?>) raw;
            switch (event) {
                case "presence" -> state(message);
                case CURSOR -> cursor(message);
                case PREVIEW -> preview(message);
                default -> throw new InvalidOperationException("Unknown live message: " + event);
            }
        }

        /** {@link #state} from a client's {@code presence} message ({@code {selection, editing, following}}). */
        public void state(Map<String, ?> payload) {
            state(
                    LiveMessages.clipIds(payload.get("selection")),
                    LiveMessages.optionalId(payload.get("editing"), "editing"),
                    LiveMessages.optionalText(payload.get("following"), "following"));
        }

        /**
         * {@link #cursor} from a client's {@code cursor} message ({@code {track, time, playhead, playing, view}}),
         * where the optional {@code view} {@code {start, end}} is the span of the timeline in view, in seconds.
         */
        public boolean cursor(Map<String, ?> payload) {
            return cursor(
                    LiveMessages.optionalId(payload.get("track"), "track"),
                    LiveMessages.number(payload.get("time"), "time"),
                    LiveMessages.optionalNumber(payload.get("playhead"), "playhead"),
                    Boolean.TRUE.equals(payload.get("playing")),
                    LiveMessages.view(payload.get("view")));
        }

        /** {@link #preview(List)} from a client's {@code preview} message ({@code {ops}}). */
        public boolean preview(Map<String, ?> payload) {
            return preview(LiveMessages.list(payload.get("ops"), "ops"));
        }

        /**
         * The pointer on the timeline (a track id or null, a time in seconds) and the playhead (null when
         * stopped); published to the other screens with the sender's name and the server's time. False when the
         * screen sends faster than one message per frame (the message is dropped).
         */
        public boolean cursor(@Nullable UUID track, double time, @Nullable Double playhead, boolean playing) {
            return cursor(track, time, playhead, playing, null);
        }

        /** {@link #cursor(UUID, double, Double, boolean)} with the span of the timeline in view ({start, end}). */
        public boolean cursor(
                @Nullable UUID track,
                double time,
                @Nullable Double playhead,
                boolean playing,
                @Nullable Map<String, Double> view) {
            if (!Double.isFinite(time) || time < 0 || time > 86_400) {
                throw new InvalidOperationException("time must be between 0 and 86400 seconds.");
            }
            if (playhead != null && (!Double.isFinite(playhead) || playhead < 0 || playhead > 86_400)) {
                throw new InvalidOperationException("playhead must be between 0 and 86400 seconds, or null.");
            }
            if (!messages.tryTake(System.nanoTime())) {
                return false;
            }
            Map<String, @Nullable Object> cursor = new LinkedHashMap<>();
            cursor.put("user", user.username());
            cursor.put("screen", id);
            cursor.put("track", track == null ? null : track.toString());
            cursor.put("time", time);
            cursor.put("playhead", playhead);
            cursor.put("playing", playing);
            cursor.put("view", view);
            cursor.put("at", System.currentTimeMillis());
            broadcaster.publish(Topics.dawProject(projectId), CURSOR, cursor, id);
            return true;
        }

        /**
         * A drag in progress as the operations it would commit (a raw list of operations in the wire shape), for
         * the other screens to draw until the commit arrives; an empty list ends the preview. Not applied, not
         * stored; refused for viewers and beyond {@value #MAX_PREVIEW_OPS} operations. False when dropped for
         * coming faster than one per frame.
         */
        public boolean preview(List<?> rawOps) {
            if (!role.canEdit()) {
                throw new DawEditForbiddenException();
            }
            if (rawOps.size() > MAX_PREVIEW_OPS) {
                throw new InvalidOperationException("A preview has at most " + MAX_PREVIEW_OPS + " operations.");
            }
            List<Map<String, @Nullable Object>> ops = new ArrayList<>(rawOps.size());
            for (Object raw : rawOps) {
                Operation op = OperationCodec.operation(raw);
                ops.add(OperationCodec.toMap(op));
            }
            if (!ops.isEmpty() && !messages.tryTake(System.nanoTime())) {
                return false;
            }
            previewing = !ops.isEmpty();
            broadcaster.publish(
                    Topics.dawProject(projectId),
                    PREVIEW,
                    Map.of("user", user.username(), "screen", id, "ops", ops),
                    id);
            return true;
        }

        /**
         * Runs {@code beat} every {@value #BEAT_SECONDS} seconds while the screen is open (an editor page sends the
         * server's sequence number, so a page whose push lost a batch notices).
         */
        public void onBeat(Runnable beat) {
            onBeat = beat;
        }

        void touch() {
            present.touch();
        }

        private void beat() {
            try {
                onBeat.run();
            } catch (RuntimeException e) {
                // one screen's failure must not stop the others' beats
            }
        }

        @Override
        public void close() {
            if (screens.remove(this)) {
                if (previewing) {
                    broadcaster.publish(
                            Topics.dawProject(projectId),
                            PREVIEW,
                            Map.of("user", user.username(), "screen", id, "ops", List.of()),
                            id);
                }
                present.leave();
            }
        }

        private Map<String, Object> meta(List<UUID> selection, @Nullable UUID editing, @Nullable String following) {
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("name", user.username());
            meta.put("color", colorOf(user.id()));
            meta.put("kind", kind);
            meta.put("screen", id);
            meta.put("selection", selection.stream().map(UUID::toString).toList());
            meta.put("editing", editing == null ? "" : editing.toString());
            meta.put("following", following == null ? "" : following);
            return meta;
        }
    }

    @Override
    public void destroy() {
        toucher.shutdownNow();
    }
}
