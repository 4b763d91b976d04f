package com.soundforge.daw.ui;

/**
 * Names of the DOM events the DAW editor fires, for the {@code @DomEvent} annotations of {@link DawEditor}.
 * {@code frontend/daw/daw-events.ts} declares the same names with their {@code detail} types;
 * {@code DomEventContractTest} fails when the two lists differ.
 */
final class DawDomEvents {

    static final String OPS = "sfa-daw-ops";
    static final String RESYNC = "sfa-daw-resync";
    static final String CURSOR = "sfa-daw-cursor";
    static final String PRESENCE = "sfa-daw-presence";
    static final String PREVIEW = "sfa-daw-preview";

    private DawDomEvents() {}
}
