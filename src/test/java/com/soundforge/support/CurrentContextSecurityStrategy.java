package com.soundforge.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Spring Security's static holder at the security-context strategy of the test's own application context
 * before each test. Vaadin registers its strategy as a bean and installs it statically when a context starts, so
 * with several cached contexts the static holder belongs to whichever started last, and {@code @WithMockUser} or
 * code that reads the static holder would talk to another context than the views under test.
 */
public class CurrentContextSecurityStrategy extends AbstractTestExecutionListener {

    /** Before WithSecurityContextTestExecutionListener (10000), which sets the mock user. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
