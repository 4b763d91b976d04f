package com.soundforge.daw;

import com.soundforge.analysis.TrackTempoEdited;
import com.soundforge.daw.model.OpBatch;
import com.soundforge.daw.model.Operations;
import com.soundforge.daw.model.TempoFollow;
import com.soundforge.library.LibraryService;
import com.soundforge.security.UserService;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * DAW clips follow their track's beat grid when its owner edits or resets it: every project with a clip of the
 * track, open or not, gets one batch ({@link TempoFollow}) through the normal path, so its log and stored state
 * hold it and every open editor and channel client applies it at once. The batch is logged as the track owner's
 * (the edit is theirs, whatever their role in the project, even none) from origin {@link #ORIGIN}, not from a
 * screen: it is on nobody's undo stack, and a person's undo leaves what it changed alone (their screen only undoes
 * a target still as their own edit left it). A project whose batch fails (another node wrote it first, the
 * database was away) is noted and follows the track's grid as it is then when it is next opened ({@link #catchUp}).
 */
@Component
class DawTempoFollower {

    /** The origin of the batches that follow a grid edit. */
    static final String ORIGIN = "tempo";

    private static final Logger log = LoggerFactory.getLogger(DawTempoFollower.class);

    private final ProjectTrackRepository projects;
    private final ProjectWriter writer;
    private final LoadedProjects loaded;
    private final LibrarySources sources;
    private final LibraryService library;
    private final UserService users;
    private final Operations rules = Operations.followingTempo();

    DawTempoFollower(
            ProjectTrackRepository projects,
            ProjectWriter writer,
            LoadedProjects loaded,
            LibrarySources sources,
            LibraryService library,
            UserService users) {
        this.projects = projects;
        this.writer = writer;
        this.loaded = loaded;
        this.sources = sources;
        this.library = library;
        this.users = users;
    }

    @EventListener
    void on(TrackTempoEdited edited) {
        UUID trackId = edited.trackId();
        LibrarySources.SourceTempo tempo = sources.tempo(edited.ownerId(), trackId);
        ProjectWriter.Actor actor = actor(edited.ownerId());
        for (UUID projectId : projects.findMentioning(trackId)) {
            try {
                follow(projectId, trackId, tempo, actor);
            } catch (RuntimeException e) {
                // the grid edit itself is stored; one project that cannot follow must not undo it or stop the others
                log.warn("DAW project {} could not follow the beat grid of track {} now", projectId, trackId, e);
                notePending(projectId, trackId);
            }
        }
    }

    /**
     * The project follows the grids it could not follow when they were edited, as they are now (the owner may have
     * edited again since). Each track leaves the pending list before its grid is read, so an edit that fails to
     * reach the project meanwhile stays noted; one whose batch fails again stays pending until the project is
     * next loaded.
     */
    void catchUp(UUID projectId, LiveProject project) {
        project.followPending(false);
        for (UUID trackId : projects.followPending(projectId)) {
            projects.clearFollowPending(projectId, trackId);
            try {
                Optional<UUID> owner = library.ownerOf(trackId);
                if (owner.isPresent()) {
                    follow(projectId, trackId, sources.tempo(owner.get(), trackId), actor(owner.get()));
                }
            } catch (RuntimeException e) {
                log.warn("DAW project {} could not catch up with the beat grid of track {}", projectId, trackId, e);
                projects.markFollowPending(projectId, trackId);
            }
        }
    }

    private void follow(UUID projectId, UUID trackId, LibrarySources.SourceTempo tempo, ProjectWriter.Actor actor) {
        writer.write(
                projectId,
                actor,
                state -> {
                    var ops = TempoFollow.ops(state, trackId, tempo.bpm(), tempo.firstBeat());
                    return ops.isEmpty() ? Optional.empty() : Optional.of(new OpBatch(UUID.randomUUID(), ops));
                },
                ORIGIN,
                rules);
    }

    private void notePending(UUID projectId, UUID trackId) {
        try {
            projects.markFollowPending(projectId, trackId);
            loaded.ifLoaded(projectId).ifPresent(project -> project.followPending(true));
        } catch (RuntimeException e) {
            log.warn("Could not note that DAW project {} has the grid of track {} to follow", projectId, trackId, e);
        }
    }

    private ProjectWriter.Actor actor(UUID ownerId) {
        String name = users.findById(ownerId).map(u -> u.username()).orElse("Beat grid");
        return new ProjectWriter.Actor(ownerId, name);
    }
}
