package com.soundforge.security;

import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * A part of the settings page contributed by a feature (e.g. the separation engine choice), so the settings
 * page can show it without depending on that feature. Implementations are Spring beans; {@link #create} runs
 * per screen for the signed-in user. It lives in {@code security} (which owns the settings page) rather than
 * {@code ui}, because {@code ui} already depends on {@code security} and the other way round would be a cycle.
 */
public interface SettingsSection {

    /** Where the section goes, top to bottom, below the API keys. */
    int order();

    Component create(UUID userId);
}
