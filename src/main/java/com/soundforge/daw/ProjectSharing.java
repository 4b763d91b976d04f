package com.soundforge.daw;

import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may open a project: its owner, and the collaborators the owner shared it with as editor or viewer. Changes of
 * access reach the collaborator's project list and the project's open screens ({@link DawService#ACCESS_CHANGED}).
 * {@link DawService} is the way in.
 */
@Component
class ProjectSharing {

    private final LoadedProjects loaded;
    private final DawRepository projects;
    private final DawMemberRepository members;
    private final UserService users;
    private final Broadcaster broadcaster;

    ProjectSharing(
            LoadedProjects loaded,
            DawRepository projects,
            DawMemberRepository members,
            UserService users,
            Broadcaster broadcaster) {
        this.loaded = loaded;
        this.projects = projects;
        this.members = members;
        this.users = users;
        this.broadcaster = broadcaster;
    }

    /** The user's role in the project; empty when they have none. */
    Optional<ProjectRole> roleOf(UUID userId, LiveProject project, UUID projectId) {
        return project.ownerId.equals(userId) ? Optional.of(ProjectRole.OWNER) : members.roleOf(projectId, userId);
    }

    /** Throws not found (a project of someone else's looks absent) unless the user owns the project. */
    static void requireOwner(UserAccount user, LiveProject project) {
        if (!project.ownerId.equals(user.id())) {
            throw new DawProjectNotFoundException();
        }
    }

    List<ProjectMember> members(UUID projectId) {
        return members.of(projectId);
    }

    ProjectMember share(UserAccount owner, UUID projectId, String username, ProjectRole role) {
        LiveProject project = loaded.get(projectId);
        requireOwner(owner, project);
        if (role == ProjectRole.OWNER) {
            throw new InvalidOperationException("A project has one owner; share it as editor or viewer.");
        }
        UserAccount invitee = users.findByUsername(username.strip())
                .orElseThrow(() -> new InvalidOperationException("There is no user named '" + username.strip() + "'."));
        if (invitee.id().equals(owner.id())) {
            throw new InvalidOperationException("You own this project already.");
        }
        members.put(projectId, invitee.id(), role);
        broadcaster.publish(
                Topics.dawProject(projectId), DawService.ACCESS_CHANGED, new AccessChange(invitee.id(), role));
        projects.find(projectId)
                .ifPresent(stored -> broadcaster.publish(
                        Topics.dawProjects(invitee.id()), "project_changed", ProjectSummary.of(stored, role)));
        return members.of(projectId).stream()
                .filter(m -> m.userId().equals(invitee.id()))
                .findFirst()
                .orElseThrow();
    }

    void unshare(UserAccount owner, UUID projectId, UUID userId) {
        LiveProject project = loaded.get(projectId);
        requireOwner(owner, project);
        if (members.remove(projectId, userId)) {
            broadcaster.publish(
                    Topics.dawProject(projectId), DawService.ACCESS_CHANGED, new AccessChange(userId, null));
            broadcaster.publish(Topics.dawProjects(userId), "project_deleted", projectId.toString());
        }
    }
}
