package com.soundforge.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first admin, created at first start when no admin exists yet. */
@ConfigurationProperties("sfa.admin")
public record AdminProperties(String username, String password) {

    public AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username;
    }
}
