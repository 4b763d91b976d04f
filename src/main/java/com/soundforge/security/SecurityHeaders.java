package com.soundforge.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers of every page and resource the Vaadin chain serves. {@code nosniff}, {@code X-Frame-Options: DENY}
 * and no-store caching for pages are Spring Security's defaults; HSTS goes out on HTTPS requests only (behind a
 * TLS-terminating proxy, set {@code server.forward-headers-strategy=native} so the request counts as HTTPS).
 */
final class SecurityHeaders {

    /**
     * As tight as the app runs under, checked in Chromium (SecurityHeadersInTheBrowserTest):
     * <ul>
     * <li>script-src: Vaadin's bootstrap page has inline scripts and Flow's client runs server-sent JavaScript
     * ({@code executeJs}, element property bindings) through {@code new Function}; the DJ engine loads its
     * AudioWorklet from a {@code blob:} URL;</li>
     * <li>style-src: Vaadin sets inline styles (style attributes, injected theme styles);</li>
     * <li>img-src: waveforms and icons are data:/blob: images; a deck shows an imported track's cover from its
     * https address;</li>
     * <li>connect-src 'self' covers same-origin XHR and WebSocket (Push, channel socket) in CSP 3 browsers.</li>
     * </ul>
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob: https:",
            "media-src 'self' blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 3600;

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> forPages() {
        return headers -> {
            // Written when the request starts: written at commit (the default) they never reached Vaadin's pages
            // (its bootstrap response came out with only its own X-Frame-Options: SAMEORIGIN).
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <F extends HeaderWriterFilter> F postProcess(F filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .httpStrictTransportSecurity(
                            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS));
        };
    }
}
