package com.soundforge.daw;

import com.soundforge.daw.engine.Arrangement;
import com.soundforge.daw.export.DawExport;
import com.soundforge.daw.export.DawExportService;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.daw.model.ObjectKind;
import com.soundforge.daw.model.OpBatch;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.OperationCodec;
import com.soundforge.daw.model.Operations;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.library.LibraryService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Beyond this many operations missed, a returning screen or client gets the whole state instead of the batches. */
    public static final long MAX_CATCH_UP_OPS = 2_000;

    /** On {@code daw:project:{id}}: a user's access changed ({@link AccessChange}; no role: access removed). */
    public static final String ACCESS_CHANGED = "access_changed";

    private final DawRepository projects;
    private final Broadcaster broadcaster;
    private final Operations operations;
    private final ProjectTemplates templates;
    private final DawExportService exports;
    private final LoadedProjects loaded;
    private final DawMemberRepository members;
    private final ProjectSharing sharing;
    private final NewProjects newProjects;
    private final LibraryService library;
    private final ProjectWriter writer;
    private final DawTempoFollower tempoFollower;

    DawService(
            DawRepository projects,
            Broadcaster broadcaster,
            LibrarySources sources,
            ProjectTemplates templates,
            DawExportService exports,
            LoadedProjects loaded,
            DawMemberRepository members,
            ProjectSharing sharing,
            NewProjects newProjects,
            LibraryService library,
            ProjectWriter writer,
            DawTempoFollower tempoFollower) {
        this.library = library;
        this.tempoFollower = tempoFollower;
        this.writer = writer;
        this.projects = projects;
        this.members = members;
        this.sharing = sharing;
        this.newProjects = newProjects;
        this.loaded = loaded;
        this.exports = exports;
        this.broadcaster = broadcaster;
        this.operations = new Operations(sources);
        this.templates = templates;
    }

    /** The user's own projects and those shared with them, the most recently changed first. */
    public List<ProjectSummary> list(UserAccount user) {
        Map<UUID, ProjectRole> shared = new HashMap<>();
        members.sharedWith(user.id()).forEach(s -> shared.put(s.projectId(), s.role()));
        List<ProjectSummary> all = new ArrayList<>();
        projects.findByOwner(user.id()).forEach(p -> all.add(ProjectSummary.of(p, ProjectRole.OWNER)));
        if (!shared.isEmpty()) {
            projects.findByIds(shared.keySet()).forEach(p -> all.add(ProjectSummary.of(p, shared.get(p.id()))));
        }
        all.sort(Comparator.comparing(ProjectSummary::updatedAt).reversed());
        return all;
    }

    /** The user's role in the project; not found when they have none (a project of someone else's looks absent). */
    public ProjectRole roleOf(UserAccount user, UUID projectId) {
        return roleOf(user.id(), loaded.get(projectId), projectId).orElseThrow(DawProjectNotFoundException::new);
    }

    /** Who has access to the project besides its owner; any member may ask. */
    public List<ProjectMember> members(UserAccount user, UUID projectId) {
        roleOf(user, projectId);
        return sharing.members(projectId);
    }

    /**
     * The owner gives a user (by username) the role {@code editor} or {@code viewer}, or changes theirs. Their list
     * shows the project at once; a change of role reaches their open screens as {@code access_changed}.
     */
    public ProjectMember share(UserAccount owner, UUID projectId, String username, ProjectRole role) {
        return sharing.share(owner, projectId, username, role);
    }

    /**
     * The owner takes a collaborator's access away: from now on every operation, download and join of theirs is
     * refused, and their open screens get {@code access_changed} with no role, which closes them.
     */
    public void unshare(UserAccount owner, UUID projectId, UUID userId) {
        sharing.unshare(owner, projectId, userId);
    }

    public ProjectSummary create(UserAccount user, String name) {
        return newProjects.create(user, templates.named(name), operations);
    }

    /** A project with one track per stem of a library track, all at 0 s, at the track's analysed tempo. */
    public ProjectSummary createFromStems(UserAccount user, UUID libraryTrackId) {
        return newProjects.create(user, templates.fromStems(user.id(), libraryTrackId), operations);
    }

    /** Adds a library track on a new track of a project ({@code projectId} null: of a new project named after it). */
    public ProjectSummary addToProject(UserAccount user, @Nullable UUID projectId, UUID libraryTrackId) {
        if (projectId == null) {
            return newProjects.create(user, templates.withTrack(user.id(), libraryTrackId), operations);
        }
        LiveProject project = loaded.get(projectId);
        requireOwner(user, project);
        apply(user, projectId, templates.addTrack(project.state(), user.id(), libraryTrackId), null, operations);
        return ProjectSummary.of(
                projects.find(projectId).orElseThrow(DawProjectNotFoundException::new), ProjectRole.OWNER);
    }

    public void rename(UserAccount user, UUID projectId, String name) {
        apply(
                user,
                projectId,
                new OpBatch(UUID.randomUUID(), List.of(new Operation.Set(ObjectKind.PROJECT, null, "name", name))),
                null);
    }

    /** A copy of the project as it is now; its clips keep their sources even if a library track is gone since. */
    public ProjectSummary duplicate(UserAccount user, UUID projectId) {
        LiveProject project = loaded.get(projectId);
        requireOwner(user, project);
        project = caughtUp(projectId, project);
        return newProjects.create(user, templates.copyOf(project.state()), Operations.replaying());
    }

    public void delete(UserAccount user, UUID projectId) {
        LiveProject project = loaded.get(projectId);
        requireOwner(user, project);
        List<ProjectMember> collaborators = sharing.members(projectId);
        synchronized (project) {
            exports.deleteFilesOf(projectId);
            projects.delete(projectId);
            loaded.forget(projectId);
        }
        broadcaster.publish(Topics.dawProject(projectId), "deleted", projectId.toString());
        broadcaster.publish(Topics.dawProjects(user.id()), "project_deleted", projectId.toString());
        collaborators.forEach(
                m -> broadcaster.publish(Topics.dawProjects(m.userId()), "project_deleted", projectId.toString()));
    }

    /**
     * The project's current state, for its owner and collaborators; first it follows any beat grid edit of its
     * source tracks that it could not follow when it was made.
     */
    public ProjectState open(UserAccount user, UUID projectId) {
        LiveProject project = loaded.get(projectId);
        if (roleOf(user.id(), project, projectId).isEmpty()) {
            throw new DawProjectNotFoundException();
        }
        return caughtUp(projectId, project).state();
    }

    /**
     * Renders the project as it is now, as a background job: {@code wav24}, {@code wav32f} or {@code stems-zip};
     * with {@code addToLibrary} the mix then becomes a new track of the owner's library.
     */
    public DawExport startExport(UserAccount user, UUID projectId, String format, boolean addToLibrary) {
        LiveProject project = loaded.get(projectId);
        requireOwner(user, project);
        ProjectState state = caughtUp(projectId, project).state();
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

    /**
     * Whose library a source track is read from when a member of the project plays it: for a track a clip of the
     * project uses, its owner's (whoever of the members brought it in); otherwise the member's own library (a track
     * they are about to drop in). Empty: the user is not a member.
     */
    public Optional<UUID> sourceLibraryOwner(UUID userId, UUID projectId, UUID sourceTrackId) {
        LiveProject project;
        try {
            project = loaded.get(projectId);
        } catch (DawProjectNotFoundException e) {
            return Optional.empty();
        }
        if (roleOf(userId, project, projectId).isEmpty()) {
            return Optional.empty();
        }
        boolean used = project.state().clips().stream()
                .anyMatch(c -> c.source().trackId().equals(sourceTrackId));
        return used ? library.ownerOf(sourceTrackId).or(() -> Optional.of(userId)) : Optional.of(userId);
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
        ProjectRole role = roleOf(user.id(), project, projectId).orElseThrow(DawProjectNotFoundException::new);
        if (!role.canEdit()) {
            throw new DawEditForbiddenException();
        }
        return writer.write(projectId, new ProjectWriter.Actor(user.id(), user.username()), batch, origin, rules);
    }

    /** The project once it followed the grid edits it missed ({@link DawTempoFollower#catchUp}), if it has any. */
    private LiveProject caughtUp(UUID projectId, LiveProject project) {
        if (!project.followPending()) {
            return project;
        }
        tempoFollower.catchUp(projectId, project);
        return loaded.get(projectId);
    }

    private Optional<ProjectRole> roleOf(UUID userId, LiveProject project, UUID projectId) {
        return sharing.roleOf(userId, project, projectId);
    }

    private static void requireOwner(UserAccount user, LiveProject project) {
        ProjectSharing.requireOwner(user, project);
    }
}
