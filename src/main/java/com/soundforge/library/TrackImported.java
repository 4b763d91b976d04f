package com.soundforge.library;

import java.util.UUID;

/** A track was added to a library (by upload or by a URL import). Published after the import is committed. */
public record TrackImported(UUID trackId, UUID ownerId, boolean viaUrl) {}
