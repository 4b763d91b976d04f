package com.soundforge.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <api key>}; an unknown or revoked key ends the request with
 * 401, and too many of those from one address with 429 (see {@link LoginThrottle}). */
final class BearerKeyAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeyService keys;
    private final JsonApiErrors errors;
    private final SecurityContextHolderStrategy contexts;
    private final LoginThrottle throttle;

    /** The strategy must be the one the rest of the chain reads (Vaadin registers its own as a bean). */
    BearerKeyAuthenticationFilter(
            ApiKeyService keys, JsonApiErrors errors, SecurityContextHolderStrategy contexts, LoginThrottle throttle) {
        this.keys = keys;
        this.throttle = throttle;
        this.errors = errors;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait = throttle.apiKeyRefusal(request.getRemoteAddr());
        if (wait.isPresent()) {
            contexts.clearContext();
            errors.tooManyAttempts(
                    response,
                    LoginThrottleFilter.seconds(wait.get()),
                    "Too many unknown or revoked API keys from this address: wait before trying again.");
            return;
        }
        Optional<UserAccount> owner;
        try {
            owner = keys.authenticate(header.substring(BEARER.length()).strip());
        } catch (DataAccessException databaseDown) {
            contexts.clearContext();
            errors.unavailable(response);
            return;
        }
        if (owner.isEmpty()) {
            throttle.apiKeyFailed(request.getRemoteAddr());
            contexts.clearContext();
            errors.commence(request, response, new BadCredentialsException("Unknown or revoked API key"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(owner.get()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
