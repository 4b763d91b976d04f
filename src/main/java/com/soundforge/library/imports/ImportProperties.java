package com.soundforge.library.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * URL and page imports: private-network protection, network timeouts, and the limits that keep a slow source from
 * holding a job worker: an overall {@code maxDuration} per download, and for direct downloads at least
 * {@code minRate} bytes per second over each {@code minRateWindow} (a zero rate turns that check off).
 */
@ConfigurationProperties("sfa.import")
public record ImportProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("20m") Duration maxDuration,
        @DefaultValue("8KB") DataSize minRate,
        @DefaultValue("60s") Duration minRateWindow) {

    public ImportProperties {
        if (maxDuration.isNegative() || maxDuration.isZero() || minRateWindow.isNegative() || minRateWindow.isZero()) {
            throw new IllegalArgumentException(
                    "sfa.import.max-duration and sfa.import.min-rate-window must be " + "positive");
        }
    }

    AddressGuard guard() {
        return allowPrivateAddresses ? AddressGuard.OPEN : AddressGuard.STRICT;
    }
}
