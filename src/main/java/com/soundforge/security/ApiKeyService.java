package com.soundforge.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Personal API keys for the REST API and the channel socket. A key acts as its owner; SFA stores only its
 * SHA-256, so the raw key exists once, in {@link CreatedApiKey}.
 */
@Service
public class ApiKeyService {

    static final int MAX_NAME_LENGTH = 100;
    /** last_used_at is written at most this often per key, so authenticating stays a single read. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final ApplicationEventPublisher events;

    ApiKeyService(ApiKeyRepository keys, ApplicationEventPublisher events) {
        this.keys = keys;
        this.events = events;
    }

    public CreatedApiKey create(UUID ownerId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("An API key needs a name.");
        }
        if (trimmed.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL
                        || (c >= 0x202A && c <= 0x202E)
                        || (c >= 0x2066 && c <= 0x2069))) {
            throw new IllegalArgumentException("A key name cannot contain control or direction characters.");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A key name has at most " + MAX_NAME_LENGTH + " characters.");
        }
        String rawKey = ApiKeyTokens.generate();
        UUID id = UUID.randomUUID();
        Instant now = now();
        keys.insert(id, ownerId, trimmed, ApiKeyTokens.sha256Hex(rawKey), now);
        return new CreatedApiKey(new ApiKey(id, trimmed, now, null, null), rawKey);
    }

    /** The owner's keys, newest first, revoked ones included. */
    public List<ApiKey> list(UUID ownerId) {
        return keys.findByOwner(ownerId);
    }

    /**
     * Revokes one of the owner's keys and ends what is open with it ({@link ApiKeyRevoked}); false when the owner has
     * no key with this id. Revoking twice is harmless.
     */
    public boolean revoke(UUID ownerId, UUID keyId) {
        boolean revoked = keys.revoke(ownerId, keyId, now());
        if (revoked) {
            events.publishEvent(new ApiKeyRevoked(keyId, ownerId));
        }
        return revoked;
    }

    /** The owner of an active key; empty for anything else (unknown, revoked, malformed, null). */
    public Optional<UserAccount> authenticate(String rawKey) {
        return authenticateKey(rawKey).map(AuthenticatedKey::owner);
    }

    /** The active key with its owner, for connections that must end when the key is revoked. */
    public Optional<AuthenticatedKey> authenticateKey(String rawKey) {
        if (!ApiKeyTokens.looksLikeKey(rawKey)) {
            return Optional.empty();
        }
        return keys.findActiveByHash(ApiKeyTokens.sha256Hex(rawKey)).map(key -> {
            Instant now = now();
            if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
                keys.markUsed(key.keyId(), now);
            }
            return new AuthenticatedKey(key.keyId(), key.owner());
        });
    }

    /** Whether the key is still active (not revoked, not deleted). */
    public boolean isActive(UUID keyId) {
        return keys.isActive(keyId);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
