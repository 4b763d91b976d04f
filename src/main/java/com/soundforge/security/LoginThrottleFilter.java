package com.soundforge.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password sign-in that the {@link LoginThrottle} says must wait, before the password is checked: the
 * login form ({@code POST /login}) is sent back to the form with {@code ?throttled=<seconds>}, HTTP Basic on the
 * API gets 429 with {@code Retry-After}.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final JsonApiErrors apiErrors;

    private LoginThrottleFilter(LoginThrottle throttle, JsonApiErrors apiErrors) {
        this.throttle = throttle;
        this.apiErrors = apiErrors;
    }

    static LoginThrottleFilter forLoginForm(LoginThrottle throttle) {
        return new LoginThrottleFilter(throttle, null);
    }

    static LoginThrottleFilter forHttpBasic(LoginThrottle throttle, JsonApiErrors errors) {
        return new LoginThrottleFilter(throttle, errors);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = apiErrors == null ? formUsername(request) : basicUsername(request);
        Optional<Duration> wait = username.flatMap(name -> throttle.refusal(name, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
        } else if (apiErrors == null) {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds(wait.get()));
        } else {
            apiErrors.tooManyAttempts(
                    response, seconds(wait.get()), "Too many failed sign-ins: wait before trying again.");
        }
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static Optional<String> formUsername(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login")) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getParameter("username"));
    }

    private static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
