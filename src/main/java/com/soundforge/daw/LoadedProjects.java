package com.soundforge.daw;

import com.soundforge.daw.DawRepository.LoggedOperation;
import com.soundforge.daw.DawRepository.StoredProject;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.Operations;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The projects in memory: loaded from their snapshot plus the operations logged after it (and told whether they
 * have a grid edit to catch up with), their snapshots written behind (every {@link #SNAPSHOT_INTERVAL}), and
 * dropped when idle with nobody watching.
 */
@Component
class LoadedProjects implements DisposableBean {

    static final Duration SNAPSHOT_INTERVAL = Duration.ofSeconds(2);
    static final Duration IDLE_EVICTION = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(LoadedProjects.class);

    private final DawRepository projects;
    private final ProjectTrackRepository tracks;
    private final Broadcaster broadcaster;
    private final ConcurrentHashMap<UUID, LiveProject> live = new ConcurrentHashMap<>();
    private final ScheduledExecutorService snapshots = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("daw-snapshots").factory());

    LoadedProjects(DawRepository projects, ProjectTrackRepository tracks, Broadcaster broadcaster) {
        this.projects = projects;
        this.tracks = tracks;
        this.broadcaster = broadcaster;
        long every = SNAPSHOT_INTERVAL.toMillis();
        snapshots.scheduleWithFixedDelay(this::saveSnapshots, every, every, TimeUnit.MILLISECONDS);
    }

    /** The project, loaded if it is not in memory; throws {@link DawProjectNotFoundException} if there is none. */
    LiveProject get(UUID projectId) {
        LiveProject project = live.get(projectId);
        if (project != null) {
            return project;
        }
        StoredProject stored = projects.find(projectId).orElseThrow(DawProjectNotFoundException::new);
        return live.computeIfAbsent(projectId, id -> {
            ProjectState snapshot = DawJson.readState(stored.snapshotJson());
            ProjectState state = replay(snapshot, stored.ownerId(), projects.operationsAfter(id, snapshot.seq()));
            LiveProject loading = new LiveProject(stored.ownerId(), state, snapshot.seq());
            loading.followPending(!tracks.followPending(id).isEmpty());
            return loading;
        });
    }

    /** The project if it is in memory now (without loading it). */
    Optional<LiveProject> ifLoaded(UUID projectId) {
        return Optional.ofNullable(live.get(projectId));
    }

    void add(UUID projectId, LiveProject project) {
        live.put(projectId, project);
    }

    /** Whether this is still the loaded instance of the project (not dropped or reloaded meanwhile). */
    boolean isCurrent(UUID projectId, LiveProject project) {
        return live.get(projectId) == project;
    }

    void forget(UUID projectId) {
        live.remove(projectId);
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

    /** Applies logged operations, one by one and in order, to a state; a gap in their numbers is an error. */
    static ProjectState replay(ProjectState from, UUID ownerId, List<LoggedOperation> logged) {
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

    /** Logged operations grouped back into the batches they were applied in. */
    static List<AppliedBatch> batches(List<LoggedOperation> logged) {
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
