package com.soundforge.analysis;

import java.time.Instant;

/**
 * The owner's correction of a track's beat grid, as far as readers of the effective analysis need it: when it was
 * made, and the engine's own tempo it stands in for (null when the engine found none).
 */
public record EditedTempo(Instant editedAt, Tempo analysed) {}
