package com.soundforge.library.imports;

import com.soundforge.library.Track;

/** A successful import; {@code duplicate} when the same file was already in the user's library. */
public record ImportResult(Track track, boolean duplicate) {}
