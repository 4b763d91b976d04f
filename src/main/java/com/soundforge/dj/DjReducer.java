package com.soundforge.dj;

import com.soundforge.dj.DjCommand.DeckCommand;
import com.soundforge.dj.DjCommand.Load;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a DJ's command to the session state: validates every value (the browser is not trusted), stamps
 * positions with the server time, and says which events the other screens get.
 */
final class DjReducer {

    record Result(DjSessionState state, List<DjEvent> events) {}

    private DjReducer() {}

    static Result apply(DjSessionState state, DjCommand command, long nowMs) {
        if (command instanceof DeckCommand deckCommand) {
            return applyToDeck(state, deckCommand, nowMs);
        }
        MixerState changed = MixerReducer.apply(state.mixer(), command);
        return new Result(state.withMixer(changed), List.of(new DjEvent(DjEvent.MIXER_CHANGED, changed)));
    }

    private static Result applyToDeck(DjSessionState state, DeckCommand command, long nowMs) {
        if (command.deck() < 0 || command.deck() >= state.decks().size()) {
            throw new IllegalArgumentException("There is no deck " + command.deck());
        }
        DeckState deck = state.decks().get(command.deck());
        if (deck.track() == null && !(command instanceof Load)) {
            throw new IllegalArgumentException("Deck " + (command.deck() + 1) + " has no track loaded");
        }
        List<DjEvent> extra = new ArrayList<>();
        DeckState next = DeckReducer.apply(deck, command, nowMs, extra);
        List<DjEvent> events = new ArrayList<>();
        events.add(new DjEvent(DjEvent.DECK_STATE_CHANGED, next));
        events.addAll(extra);
        return new Result(state.withDeck(next), events);
    }
}
