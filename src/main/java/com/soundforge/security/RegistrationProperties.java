package com.soundforge.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("sfa.registration")
public record RegistrationProperties(boolean enabled) {}
