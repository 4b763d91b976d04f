package com.soundforge.pipeline;

import java.time.Instant;

public record JobLogLine(Instant at, String level, String line) {}
