package com.soundforge.dj;

import java.util.List;
import java.util.UUID;

/** A set's decks with a track's new effective tempo, after its owner edited the beat grid. */
final class DeckRetune {

    private DeckRetune() {}

    /** The decks that have the track loaded, with its new BPM; empty when none has it. */
    static List<DeckState> apply(DjSessionState state, UUID trackId, Double bpm, String bpmSource) {
        return state.decks().stream()
                .filter(d -> d.track() != null && d.track().trackId().equals(trackId))
                .map(d -> d.with(b -> {
                    b.track = d.track().withTempo(bpm, bpmSource);
                    return b;
                }))
                .toList();
    }

    static DjSessionState with(DjSessionState state, List<DeckState> decks) {
        DjSessionState changed = state;
        for (DeckState deck : decks) {
            changed = changed.withDeck(deck);
        }
        return changed;
    }
}
