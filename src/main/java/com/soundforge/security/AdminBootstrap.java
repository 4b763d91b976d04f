package com.soundforge.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the first admin when the database has none; a generated password is printed to the log once. */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final AdminProperties admin;

    AdminBootstrap(UserService users, AdminProperties admin) {
        this.users = users;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdminExists()) {
            return;
        }
        boolean generated = admin.password() == null || admin.password().isBlank();
        String password = generated ? generatePassword() : admin.password();
        users.register(admin.username(), password, Role.ADMIN);
        if (generated) {
            log.warn(
                    "Created the first admin '{}' with the generated password: {}  (shown only this once; "
                            + "set sfa.admin.password to choose it)",
                    admin.username(),
                    password);
        } else {
            log.info("Created the first admin '{}' from configuration", admin.username());
        }
    }

    static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
