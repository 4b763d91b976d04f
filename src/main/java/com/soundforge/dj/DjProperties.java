package com.soundforge.dj;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param persistInterval continuous controls (tempo, mixer) are written at most once per interval, the last value
 *                        always (discrete ones — play, cues, loops, loads — at once)
 */
@ConfigurationProperties("sfa.dj")
public record DjProperties(@DefaultValue("2s") Duration persistInterval) {
}
