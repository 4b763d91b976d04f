package com.soundforge.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class ApiConfiguration {

    /** After Spring Security's filters (order -100), so the caller is known. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> apiRateLimit(RateLimitProperties limits, JsonMapper json) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limits, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }
}
