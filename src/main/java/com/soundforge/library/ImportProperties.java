package com.soundforge.library;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** URL imports: private-network protection and network timeouts. */
@ConfigurationProperties("sfa.import")
public record ImportProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5") int maxRedirects) {
}
