package com.soundforge.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The signed-in user of the current Vaadin request, as an account record. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final UserService users;

    CurrentUser(AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
    }

    public UserAccount require() {
        String username =
                authentication.getPrincipalName().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("Unknown user " + username));
    }

    public void logout() {
        authentication.logout();
    }
}
