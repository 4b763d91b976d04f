package com.soundforge.api;

import com.soundforge.security.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses API query parameters holding control characters (422), before any of them reaches a service or the
 * database. Reads the raw query string itself: asking the request for its parameters would parse a multipart body.
 */
class QueryTextFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    QueryTextFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        ApiError error = query == null ? null : check(query);
        if (error == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(error.error().status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }

    private static ApiError check(String query) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = decode(equals < 0 ? pair : pair.substring(0, equals));
                value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            } catch (IllegalArgumentException malformed) {
                return ApiError.of(400, "bad_request", "The query string has a malformed %-escape.");
            }
            try {
                TextInputs.requireNoControlCharacters("A parameter name", name);
                TextInputs.requireNoControlCharacters("The parameter " + name, value);
            } catch (IllegalArgumentException refused) {
                return ApiError.of(422, "invalid", refused.getMessage());
            }
        }
        return null;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
