package com.soundforge.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Per-caller request budget of the REST API: a steady rate and a burst allowance. */
@ConfigurationProperties("sfa.api.rate-limit")
record RateLimitProperties(
        @DefaultValue("20") double requestsPerSecond,
        @DefaultValue("60") int burst) {}
