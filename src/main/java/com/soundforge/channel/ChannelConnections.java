package com.soundforge.channel;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.security.ApiKeyRevoked;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens {@link ChannelConnection}s for either transport, with the shared codec, topics and limits, and remembers
 * which API key opened each, so revoking the key closes its connections at once (and with them their channels).
 */
@Component
class ChannelConnections {

    private final ChannelProperties limits;
    private final PhoenixCodec codec;
    private final TopicRegistry registry;
    private final Broadcaster broadcaster;
    private final ApiKeyService keys;
    private final Map<UUID, Set<ChannelConnection>> byKey = new ConcurrentHashMap<>();

    ChannelConnections(
            ChannelProperties limits,
            JsonMapper json,
            TopicRegistry registry,
            Broadcaster broadcaster,
            ApiKeyService keys) {
        this.limits = limits;
        this.codec = new PhoenixCodec(json);
        this.registry = registry;
        this.broadcaster = broadcaster;
        this.keys = keys;
    }

    /** A connection for the user; {@code keyId} is the API key it authenticated with (null: none, e.g. a guest). */
    ChannelConnection open(ChannelClient client, Outbound out, UserAccount user, UUID keyId) {
        ChannelConnection connection = new ChannelConnection(client, out, user, limits, codec, registry, broadcaster);
        if (keyId != null) {
            remember(keyId, connection);
            // a revocation between the handshake's key check and remember() would otherwise miss this connection
            if (!keys.isActive(keyId)) {
                connection.revoked();
            }
        }
        return connection;
    }

    @EventListener
    void keyRevoked(ApiKeyRevoked revoked) {
        Set<ChannelConnection> open = byKey.remove(revoked.keyId());
        if (open != null) {
            open.forEach(ChannelConnection::revoked);
        }
    }

    PhoenixCodec codec() {
        return codec;
    }

    ChannelProperties limits() {
        return limits;
    }

    private void remember(UUID keyId, ChannelConnection connection) {
        byKey.computeIfAbsent(keyId, k -> ConcurrentHashMap.newKeySet()).add(connection);
        connection.onClosed(() -> byKey.computeIfPresent(keyId, (k, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        }));
    }
}
