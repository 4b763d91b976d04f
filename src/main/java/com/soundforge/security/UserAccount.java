package com.soundforge.security;

import java.util.UUID;

public record UserAccount(UUID id, String username, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
