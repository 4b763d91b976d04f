package com.soundforge.daw;

import com.soundforge.daw.model.OpBatch;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.Operations;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.security.UserAccount;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Makes a project for a user from a first batch (a template's, or a copy's): the empty project is stored and loaded,
 * then the batch goes through the normal write path as the owner's; if the batch is refused the project is gone again.
 */
@Component
class NewProjects {

    private final DawRepository projects;
    private final LoadedProjects loaded;
    private final ProjectWriter writer;

    NewProjects(DawRepository projects, LoadedProjects loaded, ProjectWriter writer) {
        this.projects = projects;
        this.loaded = loaded;
        this.writer = writer;
    }

    ProjectSummary create(UserAccount owner, List<Operation> ops, Operations rules) {
        UUID id = UUID.randomUUID();
        projects.insert(id, owner.id(), "Untitled", DawJson.state(ProjectState.empty(id)));
        loaded.add(id, new LiveProject(owner.id(), ProjectState.empty(id), 0));
        try {
            writer.write(
                    id,
                    new ProjectWriter.Actor(owner.id(), owner.username()),
                    new OpBatch(UUID.randomUUID(), ops),
                    null,
                    rules);
        } catch (RuntimeException e) {
            projects.delete(id);
            loaded.forget(id);
            throw e;
        }
        return ProjectSummary.of(projects.find(id).orElseThrow(DawProjectNotFoundException::new), ProjectRole.OWNER);
    }
}
