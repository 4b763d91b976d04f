package com.soundforge.daw.model;

/** The project's cycle region in timeline seconds, {@code 0 ≤ start < end}. */
public record LoopRegion(double start, double end) {}
