package com.soundforge.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link LoginThrottle} how password sign-ins ended (form and HTTP Basic both authenticate through the
 * authentication manager, which publishes these events; the request's details carry the address).
 */
@Component
class SignInOutcomes {

    private final LoginThrottle throttle;

    SignInOutcomes(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String address = address(event.getAuthentication());
        if (address != null) {
            throttle.failed(event.getAuthentication().getName(), address);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String address = address(event.getAuthentication());
        if (address != null) {
            throttle.succeeded(event.getAuthentication().getName(), address);
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
