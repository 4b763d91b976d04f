package com.soundforge.dj;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param persistInterval continuous controls (tempo, mixer) are written at most once per interval, the last value
 *                        always (discrete ones — play, cues, loops, loads — at once)
 * @param liveIdle        a session nobody has used for this long leaves memory (its state is stored; the next
 *                        use loads it again)
 */
@ConfigurationProperties("sfa.dj")
public record DjProperties(
        @DefaultValue("2s") Duration persistInterval,
        @DefaultValue("30m") Duration liveIdle) {}
