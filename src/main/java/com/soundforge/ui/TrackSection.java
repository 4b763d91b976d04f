package com.soundforge.ui;

import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * A part of the track page contributed by a feature (analysis charts, stem mixer...), so the track page can show
 * it without depending on that feature. Implementations are Spring beans; {@link #create} runs per screen, only
 * for a track the user owns.
 */
public interface TrackSection {

    /** Where the section goes, top to bottom, below the player. */
    int order();

    Component create(UUID ownerId, UUID trackId);
}
