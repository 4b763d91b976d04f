package com.soundforge.daw;

import java.util.Locale;
import java.util.Optional;

/** What a user may do with a project: its owner and editors change it; viewers only open and follow it. */
public enum ProjectRole {
    OWNER,
    EDITOR,
    VIEWER;

    public boolean canEdit() {
        return this != VIEWER;
    }

    /** The role as the API and the database write it: {@code owner}, {@code editor}, {@code viewer}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A role a collaborator can be given ({@code editor} or {@code viewer}); the owner is not one. */
    public static Optional<ProjectRole> collaborator(String wire) {
        return switch (wire) {
            case "editor" -> Optional.of(EDITOR);
            case "viewer" -> Optional.of(VIEWER);
            default -> Optional.empty();
        };
    }
}
