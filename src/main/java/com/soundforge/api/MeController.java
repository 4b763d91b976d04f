package com.soundforge.api;

import com.soundforge.security.UserAccount;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the credentials belong to: the simplest way for a client to check a key. */
@RestController
class MeController {

    record Me(UUID id, String username, String role) {
    }

    private final ApiCaller caller;

    MeController(ApiCaller caller) {
        this.caller = caller;
    }

    @GetMapping("/api/v1/me")
    Me me(Authentication authentication) {
        UserAccount user = caller.of(authentication);
        return new Me(user.id(), user.username(), user.role().name());
    }
}
