package com.soundforge.daw.web;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether a user may read a source track's streams through a project, and from whose library: the project's
 * owner reads any track of their own; a collaborator reads the owner's tracks that the project's clips use.
 * Implemented by the DAW's project service.
 */
public interface DawMediaAccess {

    /** The user whose library the track is read from; empty when the user may not read it through the project. */
    Optional<UUID> libraryOwner(UUID userId, UUID projectId, UUID sourceTrackId);
}
