package com.soundforge.dj;

import java.util.ArrayList;
import java.util.List;

/** A whole DJ set as persisted: the decks, the mixer and a version that grows with every change. */
public record DjSessionState(long version, List<DeckState> decks, MixerState mixer) {

    public static DjSessionState initial(int decks) {
        List<DeckState> list = new ArrayList<>();
        for (int i = 0; i < decks; i++) {
            list.add(DeckState.empty(i));
        }
        return new DjSessionState(0, List.copyOf(list), MixerState.neutral(decks));
    }

    DjSessionState withDeck(DeckState deck) {
        List<DeckState> list = new ArrayList<>(decks);
        list.set(deck.deck(), deck);
        return new DjSessionState(version + 1, List.copyOf(list), mixer);
    }

    DjSessionState withMixer(MixerState newMixer) {
        return new DjSessionState(version + 1, decks, newMixer);
    }
}
