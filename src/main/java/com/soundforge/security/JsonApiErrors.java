package com.soundforge.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** Answers the REST API's 401 (with the Basic and Bearer challenges) and 403 in the {@link ApiError} shape. */
final class JsonApiErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "SFA";

    private final JsonMapper json;

    JsonApiErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
        String message = request.getHeader("Authorization") == null
                ? "Sign in with HTTP Basic (username and password) or an API key (Authorization: Bearer sfa_…)."
                : "The credentials are wrong, or the API key is unknown or revoked.";
        write(response, ApiError.of(401, "unauthorized", message));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                response,
                ApiError.of(
                        403,
                        "forbidden",
                        request.getMethod().equals("POST")
                                        && request.getRequestURI().endsWith("/api-keys")
                                ? "Creating API keys needs the account's password (HTTP Basic), not an API key."
                                : "You are not allowed to do this."));
    }

    /** 429 for sign-ins refused by the {@link LoginThrottle}. */
    void tooManyAttempts(HttpServletResponse response, long retryAfterSeconds, String message) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(response, ApiError.of(429, "too_many_sign_in_failures", message));
    }

    /** 503 when a credential cannot be checked because the database does not answer (an outage, a full disk). */
    void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "30");
        write(
                response,
                ApiError.of(
                        503,
                        "unavailable",
                        "The server cannot reach its database right now. Nothing was changed; please try again later."));
    }

    private void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.error().status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }
}
