package com.soundforge.api;

import com.soundforge.security.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request Spring Security's firewall refuses (a {@code ;}, an encoded {@code /} or {@code %} in the path,
 * a control character in a header…) with 400 at once: JSON under {@code /api}, plain text elsewhere. Without it the
 * refusal went to the error page, which sent API clients to the HTML login page. Spring Security picks up this bean.
 */
@Component
class ApiRequestRejectedHandler implements RequestRejectedHandler {

    private static final String MESSAGE = "The request was refused: its URL or headers hold characters that are "
            + "not allowed (such as ';', an encoded '/' or a control character).";

    private final JsonMapper json;

    ApiRequestRejectedHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        response.setStatus(400);
        response.setCharacterEncoding("UTF-8");
        String uri = request.getRequestURI();
        if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            json.writeValue(response.getOutputStream(), ApiError.of(400, "bad_request", MESSAGE));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(MESSAGE);
        }
    }
}
