package com.soundforge.api;

import com.soundforge.realtime.TokenBucket;
import com.soundforge.security.ApiError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits each authenticated caller of the REST API; runs after Spring Security so it knows who is calling.
 * Over the limit the answer is 429 with {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimitProperties limits;
    private final JsonMapper json;
    private final SecurityContextHolderStrategy contexts;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(RateLimitProperties limits, JsonMapper json, SecurityContextHolderStrategy contexts) {
        this.limits = limits;
        this.json = json;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = contexts.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        long now = System.nanoTime();
        long waitNanos = buckets.computeIfAbsent(
                        caller.getName(), name -> new TokenBucket(limits.requestsPerSecond(), limits.burst(), now))
                .take(now);
        if (waitNanos == 0) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (long) Math.ceil(waitNanos / 1e9));
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json");
        json.writeValue(
                response.getOutputStream(),
                ApiError.of(429, "rate_limited", "Too many requests; try again in " + seconds + " s."));
    }
}
