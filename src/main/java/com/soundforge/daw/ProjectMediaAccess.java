package com.soundforge.daw;

import com.soundforge.daw.web.DawMediaAccess;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A project's sources may be read by whoever may open the project; the source endpoints additionally serve only
 * tracks of the signed-in user's library.
 */
@Component
class ProjectMediaAccess implements DawMediaAccess {

    private final DawService daw;

    ProjectMediaAccess(DawService daw) {
        this.daw = daw;
    }

    @Override
    public boolean canRead(UUID userId, UUID projectId, UUID sourceTrackId) {
        return daw.canRead(userId, projectId);
    }
}
