package com.soundforge.daw;

import com.soundforge.daw.DawRepository.LoggedOperation;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.daw.model.OpBatch;
import com.soundforge.daw.model.Operations;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one way a batch gets into a project, whoever makes it: under the project's lock it is checked against the
 * current state, numbered, logged with its actor and applied, then published on {@code daw:project:{id}} to every
 * screen and client; the owner's project list hears of the change. Rights are the caller's business.
 */
@Component
class ProjectWriter {

    private final DawRepository projects;
    private final LoadedProjects loaded;
    private final Broadcaster broadcaster;

    ProjectWriter(DawRepository projects, LoadedProjects loaded, Broadcaster broadcaster) {
        this.projects = projects;
        this.loaded = loaded;
        this.broadcaster = broadcaster;
    }

    /** Who a batch is logged and published as. */
    record Actor(UUID id, String name) {}

    AppliedBatch write(UUID projectId, Actor actor, OpBatch batch, @Nullable String origin, Operations rules) {
        return write(projectId, actor, state -> Optional.of(batch), origin, rules)
                .orElseThrow();
    }

    /**
     * Applies the batch {@code batchFor} makes from the project's current state, under the lock (empty: nothing to
     * apply, and nothing is). A batch id already applied answers as it was then, without applying it again.
     *
     * @throws InvalidOperationException (nothing applied) when the rules refuse it or another node moved it first
     */
    Optional<AppliedBatch> write(
            UUID projectId,
            Actor actor,
            Function<ProjectState, Optional<OpBatch>> batchFor,
            @Nullable String origin,
            Operations rules) {
        LiveProject project = loaded.get(projectId);
        AppliedBatch applied;
        synchronized (project) {
            if (!loaded.isCurrent(projectId, project)) {
                throw new DawProjectNotFoundException();
            }
            ProjectState before = project.state();
            Optional<OpBatch> made = batchFor.apply(before);
            if (made.isEmpty()) {
                return Optional.empty();
            }
            OpBatch batch = made.get();
            List<LoggedOperation> earlier = projects.batch(projectId, batch.id());
            if (!earlier.isEmpty()) {
                return Optional.of(LoadedProjects.batches(earlier).getFirst());
            }
            Operations.Applied result = rules.apply(before, actor.id(), batch.ops());
            if (!projects.append(
                    projectId, before.seq(), result.state(), batch.id(), actor.id(), actor.name(), result.ops())) {
                loaded.forget(projectId);
                throw new InvalidOperationException("The project changed elsewhere; reload it and try again.");
            }
            project.state(result.state());
            applied = new AppliedBatch(
                    batch.id(),
                    actor.id(),
                    actor.name(),
                    origin,
                    before.seq() + 1,
                    result.state().seq(),
                    result.ops());
            broadcaster.publish(Topics.dawProject(projectId), "ops", applied, origin);
        }
        projects.find(projectId)
                .ifPresent(stored -> broadcaster.publish(
                        Topics.dawProjects(project.ownerId),
                        "project_changed",
                        ProjectSummary.of(stored, ProjectRole.OWNER)));
        return Optional.of(applied);
    }
}
