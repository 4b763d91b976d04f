package com.soundforge.library;

import java.util.UUID;

/** A track and its files were removed from its owner's library. */
public record TrackDeleted(UUID trackId, UUID ownerId) {}
