package com.soundforge.dj.ui;

/**
 * Names of the DOM events the DJ components fire, for the {@code @DomEvent} annotations of {@link DjDeck},
 * {@link DjMixer} and {@link DjControls}. {@code frontend/dj/dj-events.ts} declares the same names with their
 * {@code detail} types; {@code DomEventContractTest} fails when the two lists differ.
 */
final class DjDomEvents {

    static final String DECK_PLAY = "sfa-deck-play";
    static final String DECK_SEEK = "sfa-deck-seek";
    static final String DECK_CUE = "sfa-deck-cue";
    static final String DECK_HOT_CUE = "sfa-deck-hotcue";
    static final String DECK_LOOP = "sfa-deck-loop";
    static final String DECK_TEMPO = "sfa-deck-tempo";
    static final String DECK_NUDGE = "sfa-deck-nudge";
    static final String DECK_SYNC = "sfa-deck-sync";
    static final String DECK_QUANTIZE = "sfa-deck-quantize";
    static final String DECK_STEM = "sfa-deck-stem";
    static final String DECK_LOAD_REQUEST = "sfa-deck-load-request";
    static final String DECK_GRID_EDIT = "sfa-deck-grid-edit";
    static final String MIXER_CHANGE = "sfa-mixer-change";
    static final String MIXER_CROSSFADER = "sfa-mixer-crossfader";
    static final String MIXER_MASTER = "sfa-mixer-master";
    static final String MIDI_MAPPINGS_CHANGE = "sfa-midi-mappings-change";

    private DjDomEvents() {}
}
