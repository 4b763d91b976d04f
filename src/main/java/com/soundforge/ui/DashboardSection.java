package com.soundforge.ui;

import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * A part of the dashboard contributed by a feature (e.g. the pipelines panel), so the dashboard can show it
 * without depending on that feature. Implementations are Spring beans; {@link #create} runs per screen.
 */
public interface DashboardSection {

    /** Where the section goes, top to bottom. */
    int order();

    Component create(UUID ownerId);
}
