package com.soundforge.daw;

import java.time.Instant;
import java.util.UUID;

/** Someone with access to a project: its owner (added when it was made) or a collaborator. */
public record ProjectMember(UUID userId, String username, ProjectRole role, Instant addedAt) {}
