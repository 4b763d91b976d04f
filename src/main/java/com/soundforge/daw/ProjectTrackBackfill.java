package com.soundforge.daw;

import com.soundforge.daw.DawRepository.StoredProject;
import com.soundforge.daw.model.ProjectState;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lists the source tracks of the projects made before {@code daw_project_track} (V19 put them on a backfill list):
 * once, at start, from each one's state as its snapshot and log rebuild it. Harmless to run again or on several
 * nodes at once (a listed track is not listed twice); a project that cannot be read stays on the list, found by
 * the former text scan, and is tried again at the next start.
 */
@Component
class ProjectTrackBackfill {

    private static final Logger log = LoggerFactory.getLogger(ProjectTrackBackfill.class);
    private static final int PAGE = 100;

    private final DawRepository projects;
    private final ProjectTrackRepository tracks;

    ProjectTrackBackfill(DawRepository projects, ProjectTrackRepository tracks) {
        this.projects = projects;
        this.tracks = tracks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        int listed = run();
        if (listed > 0) {
            log.info("Listed the source tracks of {} DAW projects made before the list existed", listed);
        }
    }

    /** Backfills every project on the list; how many it took off the list. */
    int run() {
        int listed = 0;
        @Nullable UUID after = null;
        List<UUID> page;
        do {
            page = tracks.awaitingTrackBackfill(after, PAGE);
            for (UUID projectId : page) {
                if (backfill(projectId)) {
                    listed++;
                }
            }
            after = page.isEmpty() ? after : page.getLast();
        } while (page.size() == PAGE);
        return listed;
    }

    private boolean backfill(UUID projectId) {
        try {
            Optional<StoredProject> stored = projects.find(projectId);
            if (stored.isEmpty()) {
                return false; // deleted meanwhile, and its backfill row with it
            }
            ProjectState snapshot = DawJson.readState(stored.get().snapshotJson());
            ProjectState state = LoadedProjects.replay(
                    snapshot, stored.get().ownerId(), projects.operationsAfter(projectId, snapshot.seq()));
            tracks.backfillTracks(projectId, ClipSourceTracks.of(state));
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not list the source tracks of DAW project {}; it stays found by a text scan", projectId, e);
            return false;
        }
    }
}
