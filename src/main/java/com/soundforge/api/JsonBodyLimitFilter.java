package com.soundforge.api;

import com.soundforge.security.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caps every API request body except multipart uploads (which have {@code sfa.upload.max-size}): a body announced
 * larger is refused with 413 before a byte is read, and a chunked one fails as soon as it passes the cap, so a
 * hostile client cannot make the server hold 50 MB of JSON.
 */
class JsonBodyLimitFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 1024 * 1024;
    static final String TOO_LARGE_MESSAGE = "The request body is larger than " + MAX_BYTES / 1024 + " KB.";

    private final JsonMapper json;

    JsonBodyLimitFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.regionMatches(true, 0, "multipart/", 0, 10)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(response);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request);
        chain.doFilter(limited, response);
        if (limited.exceeded()) {
            // answer now: the container would otherwise try to swallow the rest of the body before replying
            response.flushBuffer();
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ApiError.of(413, "too_large", TOO_LARGE_MESSAGE));
        response.flushBuffer();
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private LimitedInputStream stream;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), MAX_BYTES);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
        }

        boolean exceeded() {
            return stream != null && stream.exceeded();
        }
    }
}
