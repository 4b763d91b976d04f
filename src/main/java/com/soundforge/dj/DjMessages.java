package com.soundforge.dj;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TokenBucket;
import com.soundforge.realtime.Topics;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Client-to-client messages of a DJ session: a spectator's track request or shout-out goes to the DJ only (topic
 * {@code dj:inbox:{id}}), the DJ's announcement to everyone on {@code dj:session:{id}}. Both are length-limited and
 * rate-limited: the DJ per session, a spectator per DJ session by its {@link Sender}, which the server decides
 * (never a value the client sends, or a client would get a fresh limit by changing it): per connection, and
 * more loosely per address, which bounds a client that opens many connections (a crowd behind one address shares
 * that).
 */
@Service
public class DjMessages {

    public static final int MAX_TEXT = 280;
    public static final int MAX_NAME = 40;
    public static final Set<String> KINDS = Set.of("request", "shout");
    static final double SPECTATOR_PER_SECOND = 0.2;
    static final double SPECTATOR_BURST = 3;
    static final double ADDRESS_PER_SECOND = 0.5;
    static final double ADDRESS_BURST = 10;
    static final double DJ_PER_SECOND = 1;
    static final double DJ_BURST = 5;
    private static final int MAX_BUCKETS = 100_000;

    /** What the DJ's inbox gets. {@code from} is the sender's display name ("guest" without one). */
    /** Control and text-direction characters: nothing a reader sees, but they can disguise a name. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

    private static final Pattern CONTROL_BUT_NEWLINE =
            Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069&&[^\\n]]");

    public record SpectatorMessage(String kind, String from, String text, Instant at) {}

    public record Announcement(String text, Instant at) {}

    /**
     * Where a spectator's message comes from, as the server knows it: its connection (a channel socket, or the
     * spectator page's browser session) and its remote address.
     */
    public record Sender(String connection, String address) {}

    private final DjService dj;
    private final Broadcaster broadcaster;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    DjMessages(DjService dj, Broadcaster broadcaster) {
        this(dj, broadcaster, System::nanoTime);
    }

    DjMessages(DjService dj, Broadcaster broadcaster, LongSupplier nanoClock) {
        this.dj = dj;
        this.broadcaster = broadcaster;
        this.nanoClock = nanoClock;
    }

    /**
     * A spectator's message to the DJ of the session the share token opens.
     *
     * @throws IllegalArgumentException for a dead token, an unknown kind, an empty or too long text
     * @throws RateLimitedException     when this connection, or its address, sent too many
     */
    public SpectatorMessage send(String shareToken, Sender sender, String name, String kind, String text) {
        DjSession session = dj.sessionForShareToken(shareToken)
                .orElseThrow(() -> new IllegalArgumentException("This link does not work any more"));
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("A message is a track request or a shout-out");
        }
        String body = text(text);
        String cleanName =
                name == null ? "" : CONTROL.matcher(name).replaceAll("").strip();
        String from = cleanName.isEmpty() ? "guest" : cleanName;
        if (from.length() > MAX_NAME) {
            throw new IllegalArgumentException("Names have at most " + MAX_NAME + " characters");
        }
        take("s:" + session.id() + ":c:" + sender.connection(), SPECTATOR_PER_SECOND, SPECTATOR_BURST);
        take("s:" + session.id() + ":a:" + sender.address(), ADDRESS_PER_SECOND, ADDRESS_BURST);
        SpectatorMessage message = new SpectatorMessage(kind, from, body, dj.now());
        broadcaster.publish(Topics.djInbox(session.id()), DjEvent.SPECTATOR_MESSAGE, message);
        return message;
    }

    /** The DJ's announcement to every spectator of the session. */
    public Announcement announce(UUID ownerId, UUID sessionId, String text) {
        dj.session(ownerId, sessionId);
        String body = text(text);
        take("d:" + sessionId, DJ_PER_SECOND, DJ_BURST);
        Announcement announcement = new Announcement(body, dj.now());
        broadcaster.publish(Topics.djSession(sessionId), DjEvent.ANNOUNCEMENT, announcement);
        return announcement;
    }

    private static String text(String text) {
        String body = text == null
                ? ""
                : CONTROL_BUT_NEWLINE.matcher(text).replaceAll("").strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("Write something first");
        }
        if (body.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Messages have at most " + MAX_TEXT + " characters");
        }
        return body;
    }

    private void take(String key, double perSecond, double burst) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear();
        }
        long wait = buckets.computeIfAbsent(key, k -> new TokenBucket(perSecond, burst, now))
                .take(now);
        if (wait > 0) {
            throw new RateLimitedException(Math.max(1, (long) Math.ceil(wait / 1e9)));
        }
    }
}
