package com.soundforge.daw;

import com.soundforge.analysis.TrackTempoEdited;
import com.soundforge.daw.model.OpBatch;
import com.soundforge.daw.model.Operations;
import com.soundforge.daw.model.TempoFollow;
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
 * a target still as their own edit left it).
 */
@Component
class DawTempoFollower {

    /** The origin of the batches that follow a grid edit. */
    static final String ORIGIN = "tempo";

    private static final Logger log = LoggerFactory.getLogger(DawTempoFollower.class);

    private final ProjectTrackRepository projects;
    private final ProjectWriter writer;
    private final LibrarySources sources;
    private final UserService users;
    private final Operations rules = Operations.followingTempo();

    DawTempoFollower(ProjectTrackRepository projects, ProjectWriter writer, LibrarySources sources, UserService users) {
        this.projects = projects;
        this.writer = writer;
        this.sources = sources;
        this.users = users;
    }

    @EventListener
    void on(TrackTempoEdited edited) {
        UUID trackId = edited.trackId();
        LibrarySources.SourceTempo tempo = sources.tempo(edited.ownerId(), trackId);
        String name = users.findById(edited.ownerId()).map(u -> u.username()).orElse("Beat grid");
        ProjectWriter.Actor actor = new ProjectWriter.Actor(edited.ownerId(), name);
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
