package com.soundforge.pipeline;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * JobRunr's own dashboard runs on a port of its own, outside SFA's sign-in; it may only be switched on together
 * with its basic-auth credentials, which admins keep to themselves.
 */
@Component
class JobRunrDashboardGuard implements InitializingBean {

    private final boolean enabled;
    private final String username;
    private final String password;

    JobRunrDashboardGuard(
            @Value("${jobrunr.dashboard.enabled:false}") boolean enabled,
            @Value("${jobrunr.dashboard.username:}") String username,
            @Value("${jobrunr.dashboard.password:}") String password) {
        this.enabled = enabled;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        if (enabled && (username.isBlank() || password.length() < 12)) {
            throw new IllegalStateException("jobrunr.dashboard.enabled=true needs jobrunr.dashboard.username and a "
                    + "jobrunr.dashboard.password of at least 12 characters: the dashboard is for admins only.");
        }
    }
}
