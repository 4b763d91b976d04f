package com.soundforge.daw;

import com.soundforge.daw.DawRepository.LoggedOperation;
import com.soundforge.daw.DawRepository.StoredProject;
import com.soundforge.daw.engine.Arrangement;
import com.soundforge.daw.export.DawExport;
import com.soundforge.daw.export.DawExportService;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.daw.model.OpBatch;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.OperationCodec;
import com.soundforge.daw.model.Operations;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * DAW projects: every change is a batch of operations that is checked against the current state, numbered,
 * logged and applied in one transaction, then published on {@code daw:project:{id}} to every screen of the
 * project (its maker's included, which confirms it). Projects in use stay in memory ({@link LoadedProjects}).
 */
@Service
public class DawService {

    private final DawRepository projects;
    private final Broadcaster broadcaster;
    private final Operations operations;
    private final ProjectTemplates templates;
    private final DawExportService exports;
    private final LoadedProjects loaded;

    DawService(
            DawRepository projects,
            Broadcaster broadcaster,
            LibrarySources sources,
            ProjectTemplates templates,
            DawExportService exports,
            LoadedProjects loaded) {
        this.projects = projects;
        this.loaded = loaded;
        this.exports = exports;
        this.broadcaster = broadcaster;
        this.operations = new Operations(sources);
        this.templates = templates;
    }

    public List<ProjectSummary> list(UserAccount user) {
        return projects.findByOwner(user.id()).stream().map(DawService::summary).toList();
    }

    public ProjectSummary create(UserAccount user, String name) {
        return createWith(user, templates.named(name), false);
    }

    /** A project with one track per stem of a library track, all at 0 s, at the track's analysed tempo. */
    public ProjectSummary createFromStems(UserAccount user, UUID libraryTrackId) {
        return createWith(user, templates.fromStems(user.id(), libraryTrackId), false);
    }

    /** Adds a library track on a new track of a project ({@code projectId} null: of a new project named after it). */
    public ProjectSummary addToProject(UserAccount user, @Nullable UUID projectId, UUID libraryTrackId) {
        if (projectId == null) {
            return createWith(user, templates.withTrack(user.id(), libraryTrackId), false);
        }
        ProjectState state = open(user, projectId);
        apply(user, projectId, templates.addTrack(state, user.id(), libraryTrackId), null, operations);
        return summary(projects.find(projectId).orElseThrow(DawProjectNotFoundException::new));
    }

    public void rename(UserAccount user, UUID projectId, String name) {
        apply(
                user,
                projectId,
                new OpBatch(
                        UUID.randomUUID(),
                        List.of(new Operation.Set(com.soundforge.daw.model.ObjectKind.PROJECT, null, "name", name))),
                null);
    }

    /** A copy of the project as it is now; its clips keep their sources even if a library track is gone since. */
    public ProjectSummary duplicate(UserAccount user, UUID projectId) {
        ProjectState state = open(user, projectId);
        return createWith(user, templates.copyOf(state), true);
    }

    public void delete(UserAccount user, UUID projectId) {
        LiveProject project = loaded.get(projectId);
        requireOwner(user, project);
        synchronized (project) {
            exports.deleteFilesOf(projectId);
            projects.delete(projectId);
            loaded.forget(projectId);
        }
        broadcaster.publish(Topics.dawProject(projectId), "deleted", projectId.toString());
        broadcaster.publish(Topics.dawProjects(user.id()), "project_deleted", projectId.toString());
    }

    public ProjectState open(UserAccount user, UUID projectId) {
        LiveProject project = loaded.get(projectId);
        requireOwner(user, project);
        return project.state();
    }

    /**
     * Renders the project as it is now, as a background job: {@code wav24}, {@code wav32f} or {@code stems-zip};
     * with {@code addToLibrary} the mix then becomes a new track of the owner's library.
     */
    public DawExport startExport(UserAccount user, UUID projectId, String format, boolean addToLibrary) {
        ProjectState state = open(user, projectId);
        Arrangement arrangement = new Arrangement(state.settings(), state.tracksInOrder(), List.copyOf(state.clips()));
        try {
            return exports.start(user.id(), projectId, arrangement, format, addToLibrary);
        } catch (IllegalArgumentException e) {
            throw new InvalidOperationException(e.getMessage() == null ? "Invalid export." : e.getMessage());
        }
    }

    /** The project's exports, newest first. */
    public List<DawExport> exports(UserAccount user, UUID projectId) {
        open(user, projectId);
        return exports.forProject(projectId);
    }

    /** Whether the user may read the project's sources (today: the project is theirs). */
    public boolean canRead(UUID userId, UUID projectId) {
        try {
            return loaded.get(projectId).ownerId.equals(userId);
        } catch (DawProjectNotFoundException e) {
            return false;
        }
    }

    public String stateJson(ProjectState state) {
        return DawJson.state(state);
    }

    /** Applies a batch sent as JSON text; throws {@link InvalidOperationException} (nothing applied) if refused. */
    public AppliedBatch apply(UserAccount user, UUID projectId, String batchJson, @Nullable String origin) {
        return apply(user, projectId, OperationCodec.batch(DawJson.parseClientJson(batchJson)), origin);
    }

    public AppliedBatch apply(UserAccount user, UUID projectId, OpBatch batch, @Nullable String origin) {
        return apply(user, projectId, batch, origin, operations);
    }

    /** The batches applied after {@code afterSeq}, in order (what a screen that fell behind missed). */
    public List<AppliedBatch> batchesAfter(UserAccount user, UUID projectId, long afterSeq) {
        open(user, projectId);
        return LoadedProjects.batches(projects.operationsAfter(projectId, afterSeq));
    }

    public String batchJson(AppliedBatch batch) {
        return DawJson.write(batch.toMap());
    }

    public Subscription subscribe(UserAccount user, UUID projectId, Consumer<TopicMessage> listener) {
        open(user, projectId);
        return broadcaster.subscribe(Topics.dawProject(projectId), listener);
    }

    /** The owner's project list changes: project_changed (a ProjectSummary) and project_deleted (an id). */
    public Subscription subscribeToList(UserAccount user, Consumer<TopicMessage> listener) {
        return broadcaster.subscribe(Topics.dawProjects(user.id()), listener);
    }

    /** Rebuilds a project from its operation log alone, from an empty project: what the log says it is. */
    public ProjectState replayFromEmpty(UserAccount user, UUID projectId) {
        LiveProject project = loaded.get(projectId);
        requireOwner(user, project);
        return LoadedProjects.replay(
                ProjectState.empty(projectId), project.ownerId, projects.operationsAfter(projectId, 0));
    }

    /** Writes the project's snapshot and drops it from memory; the next use rebuilds it from the database. */
    void unload(UUID projectId) {
        loaded.unload(projectId);
    }

    private AppliedBatch apply(
            UserAccount user, UUID projectId, OpBatch batch, @Nullable String origin, Operations rules) {
        LiveProject project = loaded.get(projectId);
        requireOwner(user, project);
        AppliedBatch applied;
        synchronized (project) {
            if (!loaded.isCurrent(projectId, project)) {
                throw new DawProjectNotFoundException();
            }
            List<LoggedOperation> earlier = projects.batch(projectId, batch.id());
            if (!earlier.isEmpty()) {
                return LoadedProjects.batches(earlier).getFirst();
            }
            ProjectState before = project.state();
            Operations.Applied result = rules.apply(before, project.ownerId, batch.ops());
            if (!projects.append(
                    projectId, before.seq(), result.state(), batch.id(), user.id(), user.username(), result.ops())) {
                loaded.forget(projectId);
                throw new InvalidOperationException("The project changed elsewhere; reload it and try again.");
            }
            project.state(result.state());
            applied = new AppliedBatch(
                    batch.id(),
                    user.id(),
                    user.username(),
                    origin,
                    before.seq() + 1,
                    result.state().seq(),
                    result.ops());
            broadcaster.publish(Topics.dawProject(projectId), "ops", applied, origin);
        }
        projects.find(projectId)
                .ifPresent(stored ->
                        broadcaster.publish(Topics.dawProjects(project.ownerId), "project_changed", summary(stored)));
        return applied;
    }

    private ProjectSummary createWith(UserAccount user, List<Operation> ops, boolean fromOwnState) {
        UUID id = UUID.randomUUID();
        projects.insert(id, user.id(), "Untitled", DawJson.state(ProjectState.empty(id)));
        loaded.add(id, new LiveProject(user.id(), ProjectState.empty(id), 0));
        try {
            apply(
                    user,
                    id,
                    new OpBatch(UUID.randomUUID(), ops),
                    null,
                    fromOwnState ? Operations.replaying() : operations);
        } catch (RuntimeException e) {
            projects.delete(id);
            loaded.forget(id);
            throw e;
        }
        return summary(projects.find(id).orElseThrow(DawProjectNotFoundException::new));
    }

    private static void requireOwner(UserAccount user, LiveProject project) {
        if (!project.ownerId.equals(user.id())) {
            throw new DawProjectNotFoundException();
        }
    }

    private static ProjectSummary summary(StoredProject p) {
        return new ProjectSummary(
                p.id(),
                p.ownerId(),
                p.name(),
                p.bpm(),
                p.meter(),
                p.sampleRate(),
                p.seq(),
                p.trackCount(),
                p.clipCount(),
                p.createdAt().toInstant(),
                p.updatedAt().toInstant());
    }
}
