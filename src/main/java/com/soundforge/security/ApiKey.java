package com.soundforge.security;

import java.time.Instant;
import java.util.UUID;

/** A personal API key as its owner sees it later: never the key itself, only when it was made, used and revoked. */
public record ApiKey(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
