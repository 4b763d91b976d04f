package com.soundforge.separation.ui;

/**
 * Names of the DOM events the stem mixer fires, for the {@code @DomEvent} annotations of {@link StemMixer}.
 * {@code frontend/separation/separation-events.ts} declares the same names with their {@code detail} types;
 * {@code DomEventContractTest} fails when the two lists differ.
 */
final class SeparationDomEvents {

    static final String STEM_MIXER_STATE = "sfa-stem-mixer-state";

    private SeparationDomEvents() {}
}
