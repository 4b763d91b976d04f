package com.soundforge.library;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Deletes the files of deleted tracks, and keeps the ones that could not be deleted (read-only or failing storage)
 * in the {@code pending_file_deletion} table until a retry ({@link PendingFileDeletionRetry}) succeeds.
 */
@Component
class PendingFileDeletions {

    private static final Logger log = LoggerFactory.getLogger(PendingFileDeletions.class);

    private final PendingFileDeletionRepository pending;
    private final TrackStorage storage;

    PendingFileDeletions(PendingFileDeletionRepository pending, TrackStorage storage) {
        this.pending = pending;
        this.storage = storage;
    }

    /** In the deleting transaction: a track never goes without its files being recorded for deletion. */
    @EventListener
    void record(TrackFilesReleased released) {
        pending.record(released.paths());
    }

    @TransactionalEventListener
    void deleteAfterCommit(TrackFilesReleased released) {
        for (String path : released.paths()) {
            if (!tryDelete(path)) {
                log.warn("The deleted track's file {} could not be deleted; it will be deleted later", path);
            }
        }
    }

    /** Tries every recorded file again; returns how many still wait. */
    int retry() {
        List<String> paths = pending.findAllPaths();
        int left = (int) paths.stream().filter(path -> !tryDelete(path)).count();
        if (left > 0) {
            log.warn("{} deleted tracks' file(s) could still not be deleted; retrying later", left);
        } else if (!paths.isEmpty()) {
            log.info("Deleted {} file(s) left behind by earlier track deletions", paths.size());
        }
        return left;
    }

    /** Whether the file is gone (or in use again, so no longer to be deleted). */
    private boolean tryDelete(String path) {
        try {
            if (!pending.isInUse(path)) {
                storage.deleteFile(path);
            }
            pending.remove(path);
            return true;
        } catch (IOException | RuntimeException e) {
            log.debug("Deleting {} failed", path, e);
            return false;
        }
    }
}
