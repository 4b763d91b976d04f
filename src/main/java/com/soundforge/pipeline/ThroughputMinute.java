package com.soundforge.pipeline;

import java.time.Instant;

/** Jobs that finished in one minute. */
public record ThroughputMinute(Instant minute, int completed, int failed) {}
