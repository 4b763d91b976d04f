package com.soundforge.security;

import java.util.UUID;

/** An API key was revoked: whatever is still open with it (e.g. channel sockets) must end now. */
public record ApiKeyRevoked(UUID keyId, UUID ownerId) {}
