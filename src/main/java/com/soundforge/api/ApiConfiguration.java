package com.soundforge.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class ApiConfiguration {

    /** After Spring Security's filters (order -100), so the caller is known. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> apiRateLimit(
            RateLimitProperties limits, JsonMapper json, ObjectProvider<SecurityContextHolderStrategy> strategies) {
        SecurityContextHolderStrategy contexts =
                strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limits, json, contexts));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }

    @Bean
    FilterRegistrationBean<QueryTextFilter> apiQueryText(JsonMapper json) {
        FilterRegistrationBean<QueryTextFilter> registration = new FilterRegistrationBean<>(new QueryTextFilter(json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<JsonBodyLimitFilter> apiBodyLimit(JsonMapper json) {
        FilterRegistrationBean<JsonBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new JsonBodyLimitFilter(json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(2);
        return registration;
    }
}
