package com.soundforge.daw.web;

import java.util.UUID;

/**
 * Whether a user may read a source track's streams through a project: the project is theirs (or shared with
 * them) and the track is one of its clips' sources. Implemented by the DAW's project service.
 */
public interface DawMediaAccess {

    boolean canRead(UUID userId, UUID projectId, UUID sourceTrackId);
}
