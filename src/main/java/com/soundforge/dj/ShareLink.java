package com.soundforge.dj;

import java.time.Instant;
import java.util.UUID;

/** A spectator link of a session; the token itself is only known when the link is created. */
public record ShareLink(UUID id, UUID sessionId, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
