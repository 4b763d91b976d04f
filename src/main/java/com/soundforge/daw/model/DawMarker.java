package com.soundforge.daw.model;

import java.util.UUID;

/** A named point on the timeline. */
public record DawMarker(UUID id, String name, double position) {}
