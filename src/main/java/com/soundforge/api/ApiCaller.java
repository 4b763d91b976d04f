package com.soundforge.api;

import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The account behind an authenticated API request, whether it came with a password or an API key. */
@Component
class ApiCaller {

    private final UserService users;

    ApiCaller(UserService users) {
        this.users = users;
    }

    UserAccount of(Authentication authentication) {
        return users.findByUsername(authentication.getName())
                .orElseThrow(() -> new IllegalStateException("Authenticated as an unknown user"));
    }
}
