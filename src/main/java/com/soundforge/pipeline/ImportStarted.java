package com.soundforge.pipeline;

import java.util.UUID;

/** A URL import that was accepted: the track it will become and its download job. */
public record ImportStarted(UUID trackId, UUID jobId) {}
