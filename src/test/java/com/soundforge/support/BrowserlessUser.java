package com.soundforge.support;

import com.soundforge.security.Role;
import com.soundforge.security.UserService;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The user that browserless tests sign in as with {@code @WithMockUser(BrowserlessUser.NAME)}. It must exist
 * before the first navigation, so it is created when the test context starts.
 */
@TestConfiguration
public class BrowserlessUser {

    public static final String NAME = "browserless-user";
    public static final String ADMIN = "browserless-admin";

    @Bean
    ApplicationRunner createBrowserlessUser(UserService users) {
        return args -> {
            if (users.findByUsername(NAME).isEmpty()) {
                users.register(NAME, TestUsers.PASSWORD, Role.USER);
            }
            if (users.findByUsername(ADMIN).isEmpty()) {
                users.register(ADMIN, TestUsers.PASSWORD, Role.ADMIN);
            }
        };
    }
}
