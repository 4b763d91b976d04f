package com.soundforge.daw.engine;

import java.util.Set;
import java.util.UUID;

/** What a render did: the frames it rendered and the clips that stayed silent because their source is gone. */
public record RenderResult(long frames, Set<UUID> silentClipIds) {

    public RenderResult {
        silentClipIds = Set.copyOf(silentClipIds);
    }
}
