package com.soundforge.separation;

import java.nio.file.Path;

/** A stem file an engine wrote. */
public record SeparatedStem(StemType type, Path file, long frames, int sampleRateHz) {}
