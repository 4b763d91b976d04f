package com.soundforge.library.ui;

/**
 * Names of the DOM events the library components fire, for the {@code @DomEvent} annotations of
 * {@link TrackPlayer}. {@code frontend/library/library-events.ts} declares the same names with their {@code detail}
 * types; {@code DomEventContractTest} fails when the two lists differ.
 */
final class LibraryDomEvents {

    static final String PLAYER_STATE = "sfa-player-state";

    private LibraryDomEvents() {}
}
