package com.soundforge.support;

import com.soundforge.security.Role;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import java.util.UUID;

/** Creates throw-away users with unique names, so tests never depend on each other's data. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private TestUsers() {}

    public static UserAccount create(UserService users) {
        return users.register("u" + UUID.randomUUID().toString().substring(0, 12), PASSWORD, Role.USER);
    }
}
