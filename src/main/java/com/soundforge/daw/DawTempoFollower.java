package com.soundforge.daw;

import com.soundforge.analysis.TrackAnalysed;
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
 * DAW clips follow their track's beat grid when its owner edits or resets it, or a new analysis moves an unedited
 * one: every project with a clip of the
 * track, open or not, gets one batch ({@link TempoFollow}) through the normal path, so its log and stored state
 * hold it and every open editor and channel client applies it at once. The batch is logged as the track owner's
 * (the edit is theirs, whatever their role in the project, even none) from origin {@link #ORIGIN}, not from a
 * screen: it is on nobody's undo stack, and a person's undo leaves what it changed alone (their screen only undoes
 * a target still as their own edit left it).
 */
@Component
class DawTempoFollower {

    /** The origin of the batches that follow a grid edit. */
    static final String ORIGIN = "tempo";

    private static final Logger log = LoggerFactory.getLogger(DawTempoFollower.class);

    private final DawRepository projects;
    private final ProjectWriter writer;
    private final LibrarySources sources;
    private final UserService users;
    private final LibraryService library;
    private final Operations rules = Operations.followingTempo();

    DawTempoFollower(
            DawRepository projects,
            ProjectWriter writer,
            LibrarySources sources,
            UserService users,
            LibraryService library) {
        this.projects = projects;
        this.library = library;
        this.writer = writer;
        this.sources = sources;
        this.users = users;
    }

    @EventListener
    void on(TrackTempoEdited edited) {
        follow(edited.ownerId(), edited.trackId());
    }

    /**
     * A new analysis of a track whose grid is not edited (its owner chose another BPM range, a new engine version)
     * moves the grid too; a clip added before the first analysis gets its tempo facts then. An edited grid stays in
     * effect through an analysis, so there is nothing to follow.
     */
    @EventListener
    void on(TrackAnalysed analysed) {
        if (!analysed.bpmEdited()) {
            library.ownerOf(analysed.trackId()).ifPresent(owner -> follow(owner, analysed.trackId()));
        }
    }

    private void follow(UUID ownerId, UUID trackId) {
        LibrarySources.SourceTempo tempo = sources.tempo(ownerId, trackId);
        String name = users.findById(ownerId).map(u -> u.username()).orElse("Beat grid");
        ProjectWriter.Actor actor = new ProjectWriter.Actor(ownerId, name);
        for (UUID projectId : projects.findMentioning(trackId)) {
            try {
                writer.write(
                        projectId,
                        actor,
                        state -> {
                            var ops = TempoFollow.ops(state, trackId, tempo.bpm(), tempo.firstBeat());
                            return ops.isEmpty() ? Optional.empty() : Optional.of(new OpBatch(UUID.randomUUID(), ops));
                        },
                        ORIGIN,
                        rules);
            } catch (RuntimeException e) {
                // the grid edit itself is stored; one project that cannot follow must not undo it or stop the others
                log.warn("DAW project {} could not follow the beat grid of track {}", projectId, trackId, e);
            }
        }
    }
}
