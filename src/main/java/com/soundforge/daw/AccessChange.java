package com.soundforge.daw;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A collaborator's access to a project changed: their new role, or none when it was taken away. */
public record AccessChange(UUID userId, @Nullable ProjectRole role) {}
