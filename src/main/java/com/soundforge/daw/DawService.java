package com.soundforge.daw;

import com.soundforge.daw.DawRepository.LoggedOperation;
import com.soundforge.daw.DawRepository.StoredProject;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * DAW projects: every change is a batch of operations that is checked against the current state, numbered,
 * logged and applied in one transaction, then published on {@code daw:project:{id}} to every screen of the
 * project (its maker's included, which confirms it). Loaded projects stay in memory; their snapshot is written
 * behind (every {@link #SNAPSHOT_INTERVAL}), and a project is rebuilt from its snapshot plus the log after it.
 */
@Service
public class DawService implements DisposableBean {

    static final Duration SNAPSHOT_INTERVAL = Duration.ofSeconds(2);
    static final Duration IDLE_EVICTION = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(DawService.class);

    private final DawRepository projects;
    private final Broadcaster broadcaster;
    private final Operations operations;
    private final ProjectTemplates templates;
    private final ConcurrentHashMap<UUID, LiveProject> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService snapshots = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("daw-snapshots").factory());

    DawService(DawRepository projects, Broadcaster broadcaster, LibrarySources sources, ProjectTemplates templates) {
        this.projects = projects;
        this.broadcaster = broadcaster;
        this.operations = new Operations(sources);
        this.templates = templates;
        long every = SNAPSHOT_INTERVAL.toMillis();
        snapshots.scheduleWithFixedDelay(this::saveSnapshots, every, every, TimeUnit.MILLISECONDS);
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
        LiveProject project = load(projectId);
        requireOwner(user, project);
        synchronized (project) {
            projects.delete(projectId);
            live.remove(projectId);
        }
        broadcaster.publish(Topics.dawProject(projectId), "deleted", projectId.toString());
        broadcaster.publish(Topics.dawProjects(user.id()), "project_deleted", projectId.toString());
    }

    public ProjectState open(UserAccount user, UUID projectId) {
        LiveProject project = load(projectId);
        requireOwner(user, project);
        return project.state();
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
        return group(projectId, projects.operationsAfter(projectId, afterSeq));
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
        LiveProject project = load(projectId);
        requireOwner(user, project);
        return replay(ProjectState.empty(projectId), project.ownerId, projects.operationsAfter(projectId, 0));
    }

    /** Writes the project's snapshot and drops it from memory; the next use rebuilds it from the database. */
    void unload(UUID projectId) {
        LiveProject project = live.get(projectId);
        if (project != null) {
            synchronized (project) {
                projects.saveSnapshot(projectId, project.peek());
                live.remove(projectId, project);
            }
        }
    }

    private AppliedBatch apply(
            UserAccount user, UUID projectId, OpBatch batch, @Nullable String origin, Operations rules) {
        LiveProject project = load(projectId);
        requireOwner(user, project);
        AppliedBatch applied;
        synchronized (project) {
            if (live.get(projectId) != project) {
                throw new DawProjectNotFoundException();
            }
            List<LoggedOperation> earlier = projects.batch(projectId, batch.id());
            if (!earlier.isEmpty()) {
                return group(projectId, earlier).getFirst();
            }
            ProjectState before = project.state();
            Operations.Applied result = rules.apply(before, project.ownerId, batch.ops());
            if (!projects.append(
                    projectId, before.seq(), result.state(), batch.id(), user.id(), user.username(), result.ops())) {
                live.remove(projectId);
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
        live.put(id, new LiveProject(user.id(), ProjectState.empty(id), 0));
        try {
            apply(
                    user,
                    id,
                    new OpBatch(UUID.randomUUID(), ops),
                    null,
                    fromOwnState ? Operations.replaying() : operations);
        } catch (RuntimeException e) {
            projects.delete(id);
            live.remove(id);
            throw e;
        }
        return summary(projects.find(id).orElseThrow(DawProjectNotFoundException::new));
    }

    private LiveProject load(UUID projectId) {
        LiveProject project = live.get(projectId);
        if (project != null) {
            return project;
        }
        StoredProject stored = projects.find(projectId).orElseThrow(DawProjectNotFoundException::new);
        return live.computeIfAbsent(projectId, id -> {
            ProjectState snapshot = DawJson.readState(stored.snapshotJson());
            ProjectState state = replay(snapshot, stored.ownerId(), projects.operationsAfter(id, snapshot.seq()));
            return new LiveProject(stored.ownerId(), state, snapshot.seq());
        });
    }

    private static ProjectState replay(ProjectState from, UUID ownerId, List<LoggedOperation> logged) {
        Operations rules = Operations.replaying();
        ProjectState state = from;
        for (LoggedOperation op : logged) {
            if (op.seq() != state.seq() + 1) {
                throw new IllegalStateException(
                        "The operation log of project " + from.id() + " has a gap at " + op.seq());
            }
            state = rules.apply(state, ownerId, List.of(DawJson.readOperation(op.opJson())))
                    .state();
        }
        return state;
    }

    private static List<AppliedBatch> group(UUID projectId, List<LoggedOperation> logged) {
        List<AppliedBatch> batches = new ArrayList<>();
        int i = 0;
        while (i < logged.size()) {
            LoggedOperation first = logged.get(i);
            List<Operation> ops = new ArrayList<>();
            int j = i;
            while (j < logged.size() && logged.get(j).batchId().equals(first.batchId())) {
                ops.add(DawJson.readOperation(logged.get(j).opJson()));
                j++;
            }
            batches.add(new AppliedBatch(
                    first.batchId(),
                    first.actorId(),
                    first.actorName(),
                    null,
                    first.seq(),
                    logged.get(j - 1).seq(),
                    List.copyOf(ops)));
            i = j;
        }
        return batches;
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

    private void saveSnapshots() {
        for (Map.Entry<UUID, LiveProject> entry : live.entrySet()) {
            LiveProject project = entry.getValue();
            try {
                if (project.snapshotBehind()) {
                    ProjectState state = project.peek();
                    projects.saveSnapshot(entry.getKey(), state);
                    project.snapshotSaved(state.seq());
                } else if (project.idleNanos() > IDLE_EVICTION.toNanos()
                        && broadcaster.subscriberCount(Topics.dawProject(entry.getKey())) == 0) {
                    live.remove(entry.getKey(), project);
                }
            } catch (RuntimeException e) {
                log.warn("Could not save the snapshot of DAW project {}", entry.getKey(), e);
            }
        }
    }

    @Override
    public void destroy() {
        snapshots.shutdownNow();
        saveSnapshots();
    }
}
