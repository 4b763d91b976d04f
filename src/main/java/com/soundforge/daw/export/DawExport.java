package com.soundforge.daw.export;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An export of a project and where it is; {@code silentClipIds} are the clips whose source was gone when it was
 * rendered, {@code libraryTrackId} the track it became when it was to be added to the library.
 */
public record DawExport(
        UUID id,
        UUID projectId,
        UUID ownerId,
        DawExportFormat format,
        boolean addToLibrary,
        DawExportStatus status,
        int progress,
        String message,
        String error,
        Long outputBytes,
        List<UUID> silentClipIds,
        UUID libraryTrackId,
        Instant createdAt,
        Instant finishedAt) {

    public static final String JOB_TYPE = "daw_export";
}
