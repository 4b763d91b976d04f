package com.soundforge.dj;

import java.time.Instant;
import java.util.UUID;

/** A DJ's set: who owns it and its current state. */
public record DjSession(UUID id, UUID ownerId, String name, DjSessionState state, Instant updatedAt) {}
