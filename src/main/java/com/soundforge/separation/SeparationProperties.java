package com.soundforge.separation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demucsCommand   the Demucs command line (looked up on PATH); its {@code --help} must exit with 0
 * @param demucsTimeout   longest a Demucs run may take before it is stopped
 * @param threads         worker threads of SFA's engine (0 = all cores)
 */
@ConfigurationProperties("sfa.separation")
public record SeparationProperties(
        @DefaultValue("demucs") String demucsCommand,
        @DefaultValue("2h") Duration demucsTimeout,
        @DefaultValue("0") int threads) {}
