package com.soundforge.daw;

import com.soundforge.daw.web.DawMediaAccess;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A project's sources: its owner's own tracks for the owner, the tracks its clips use for collaborators. */
@Component
class ProjectMediaAccess implements DawMediaAccess {

    private final DawService daw;

    ProjectMediaAccess(DawService daw) {
        this.daw = daw;
    }

    @Override
    public Optional<UUID> libraryOwner(UUID userId, UUID projectId, UUID sourceTrackId) {
        return daw.sourceLibraryOwner(userId, projectId, sourceTrackId);
    }
}
