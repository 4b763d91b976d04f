package com.soundforge.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins (form, HTTP Basic) and failed API keys; see {@link LoginThrottle} for the design.
 *
 * @param freeFailures        failed passwords one address may try on one account before it must wait
 * @param firstDelay          the first wait; each further failure of that pair doubles it
 * @param maxDelay            the longest wait of one account+address pair
 * @param forgetAfter         a pair's failures are forgotten after this long without a new one
 * @param addressMaxFailures  failed sign-ins one address may make (any accounts) per {@code addressWindow}
 * @param addressWindow       see {@code addressMaxFailures}
 * @param accountMaxFailures  failed sign-ins one account may see (any addresses) per {@code accountWindow}; an
 *                            address that signed in to the account before is exempt, so its owner is not locked out
 * @param accountWindow       see {@code accountMaxFailures}
 * @param knownAddressMemory  how long a successful sign-in makes its address known for the account
 * @param apiKeyMaxFailures   unknown or revoked API keys one address may present per {@code apiKeyWindow}
 * @param apiKeyWindow        see {@code apiKeyMaxFailures}
 */
@ConfigurationProperties("sfa.security.login")
public record LoginThrottleProperties(
        @DefaultValue("3") int freeFailures,
        @DefaultValue("2s") Duration firstDelay,
        @DefaultValue("1m") Duration maxDelay,
        @DefaultValue("15m") Duration forgetAfter,
        @DefaultValue("30") int addressMaxFailures,
        @DefaultValue("10m") Duration addressWindow,
        @DefaultValue("100") int accountMaxFailures,
        @DefaultValue("1h") Duration accountWindow,
        @DefaultValue("30d") Duration knownAddressMemory,
        @DefaultValue("30") int apiKeyMaxFailures,
        @DefaultValue("1m") Duration apiKeyWindow) {}
