package com.soundforge.analysis;

import java.util.UUID;

/**
 * Published when a user chose another BPM range ({@code range} null: none, the engine decides), so their library
 * can be analysed again with it.
 */
public record BpmRangeChosen(UUID userId, BpmRange range) {}
