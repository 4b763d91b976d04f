package com.soundforge.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's own filter chain, before Vaadin's: stateless, no CSRF (no cookies are read), HTTP Basic or an
 * API key as Bearer token, errors as JSON.
 */
@Configuration
class ApiSecurityConfig {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();
    /** Resolving a share link needs only the link: its token is the credential. */
    private static final String SHARE_LINK_PATH = "/api/v1/share-links/*";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ApiKeyService keys,
            JsonMapper json,
            ObjectProvider<SecurityContextHolderStrategy> strategies,
            LoginThrottle throttle)
            throws Exception {
        JsonApiErrors errors = new JsonApiErrors(json);
        SecurityContextHolderStrategy contexts =
                strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName(JsonApiErrors.REALM).authenticationEntryPoint(errors))
                .addFilterBefore(
                        new BearerKeyAuthenticationFilter(keys, errors, contexts, throttle),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(LoginThrottleFilter.forHttpBasic(throttle, errors), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/api-keys")
                        .access(signedInWithPassword())
                        .requestMatchers(HttpMethod.GET, SHARE_LINK_PATH)
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    /** A leaked key must not be able to mint keys that outlive its revocation. */
    private static AuthorizationManager<RequestAuthorizationContext> signedInWithPassword() {
        return (authentication, context) -> {
            Authentication who = authentication.get();
            return new AuthorizationDecision(TRUST.isAuthenticated(who) && !(who instanceof ApiKeyAuthentication));
        };
    }
}
