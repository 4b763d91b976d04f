package com.soundforge.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobRunrDashboardGuardTest {

    @Test
    void theDashboardCannotBeSwitchedOnWithoutCredentials() {
        assertThatThrownBy(() -> new JobRunrDashboardGuard(true, "", "").afterPropertiesSet())
                .hasMessageContaining("admins only");
        assertThatThrownBy(() -> new JobRunrDashboardGuard(true, "ops", "short").afterPropertiesSet())
                .hasMessageContaining("12 characters");
        assertThatCode(() -> new JobRunrDashboardGuard(true, "ops", "a-long-enough-secret").afterPropertiesSet())
                .doesNotThrowAnyException();
        assertThatCode(() -> new JobRunrDashboardGuard(false, "", "").afterPropertiesSet())
                .doesNotThrowAnyException();
    }
}
