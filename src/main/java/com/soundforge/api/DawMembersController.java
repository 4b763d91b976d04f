package com.soundforge.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectMember;
import com.soundforge.daw.ProjectRole;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.security.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who a DAW project is shared with: any member reads the list; its owner adds, changes and removes people. */
@RestController
@RequestMapping("/api/v1/daw/projects/{projectId}/members")
class DawMembersController {

    record MemberJson(
            String username,
            String role,
            @JsonProperty("added_at") Instant addedAt) {
        static MemberJson of(ProjectMember m) {
            return new MemberJson(m.username(), m.role().wire(), m.addedAt());
        }
    }

    record RoleRequest(@Nullable String role) {}

    private final DawService daw;
    private final ApiCaller caller;

    DawMembersController(DawService daw, ApiCaller caller) {
        this.daw = daw;
        this.caller = caller;
    }

    @GetMapping
    @Operation(summary = "The project's collaborators with their role (editor or viewer); its owner is not listed")
    List<MemberJson> list(@PathVariable UUID projectId, Authentication authentication) {
        return daw.members(caller.of(authentication), projectId).stream()
                .map(MemberJson::of)
                .toList();
    }

    @PutMapping(value = "/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The owner shares the project with a user as {role: editor|viewer}, or changes their role")
    MemberJson share(
            @PathVariable UUID projectId,
            @PathVariable String username,
            @RequestBody RoleRequest request,
            Authentication authentication) {
        ProjectRole role = ProjectRole.collaborator(request.role() == null ? "" : request.role())
                .orElseThrow(() -> new InvalidOperationException("role must be editor or viewer"));
        return MemberJson.of(daw.share(caller.of(authentication), projectId, username, role));
    }

    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The owner stops sharing the project with a user; their open screens and channels close")
    void unshare(@PathVariable UUID projectId, @PathVariable String username, Authentication authentication) {
        UserAccount owner = caller.of(authentication);
        ProjectMember member = daw.members(owner, projectId).stream()
                .filter(m -> m.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new ApiNotFoundException("This project is not shared with " + username + "."));
        daw.unshare(owner, projectId, member.userId());
    }
}
