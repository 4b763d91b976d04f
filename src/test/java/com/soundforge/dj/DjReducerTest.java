package com.soundforge.dj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.dj.DeckState.HotCue;
import com.soundforge.dj.DeckState.LoadedTrack;
import com.soundforge.dj.DeckState.Loop;
import com.soundforge.dj.DjCommand.Crossfader;
import com.soundforge.dj.DjCommand.HotCueChange;
import com.soundforge.dj.DjCommand.Load;
import com.soundforge.dj.DjCommand.LoopChange;
import com.soundforge.dj.DjCommand.MixerChange;
import com.soundforge.dj.DjCommand.Nudge;
import com.soundforge.dj.DjCommand.Play;
import com.soundforge.dj.DjCommand.Tempo;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DjReducerTest {

    private static final LoadedTrack TRACK = new LoadedTrack(UUID.randomUUID(), "Night Drive", "Ada", 125.0, "8A", 300);

    private DjSessionState loaded() {
        return DjReducer.apply(
                        DjSessionState.initial(2),
                        new Load(0, TRACK, List.of(new HotCue(2, 32.0, "#1e88e5", "Drop"))),
                        1_000)
                .state();
    }

    @Test
    void loadingATrackBringsItsSavedHotCuesAndTellsTheOtherScreens() {
        var result = DjReducer.apply(DjSessionState.initial(2), new Load(1, TRACK, List.of()), 1_000);

        assertThat(result.state().decks().get(1).track()).isEqualTo(TRACK);
        assertThat(result.events())
                .extracting(DjEvent::name)
                .containsExactly(DjEvent.DECK_STATE_CHANGED, DjEvent.TRACK_LOADED);
        assertThat(loaded().decks().getFirst().hotCues())
                .extracting(HotCue::slot)
                .containsExactly(2);
    }

    @Test
    void aPlayingDeckMovesFromItsServerStampedPositionAtItsTempo() {
        DjSessionState playing =
                DjReducer.apply(loaded(), new Play(0, true, 10.0), 5_000).state();
        DjSessionState faster =
                DjReducer.apply(playing, new Tempo(0, 8, 8, true), 7_000).state();

        DeckState deck = faster.decks().getFirst();
        assertThat(deck.position()).isCloseTo(12.0, within(1e-9));
        assertThat(deck.positionAt(8_000)).isCloseTo(13.08, within(1e-9));
        assertThat(deck.effectiveBpm()).isCloseTo(135.0, within(1e-9));
        assertThat(deck.keyLock()).isTrue();
    }

    @Test
    void aNudgeKeepsTheTempoAndMovesTheStampedPlayheadToWhereTheDjHearsIt() {
        DjSessionState playing =
                DjReducer.apply(loaded(), new Play(0, true, 10.0), 5_000).state();
        var released = DjReducer.apply(playing, new Nudge(0, 0, 12.1), 7_000);

        DeckState deck = released.state().decks().getFirst();
        assertThat(deck.position()).isCloseTo(12.1, within(1e-9));
        assertThat(deck.positionAt(8_000)).isCloseTo(13.1, within(1e-9));
        assertThat(deck.tempoPercent()).isZero();
        assertThat(deck.playing()).isTrue();
        assertThat(released.events()).extracting(DjEvent::name).containsExactly(DjEvent.DECK_STATE_CHANGED);
        assertThatThrownBy(() -> DjReducer.apply(playing, new Nudge(0, 2, 12.0), 7_000))
                .hasMessageContaining("Nudge");
    }

    @Test
    void anActiveLoopKeepsTheExtrapolatedPlayheadInside() {
        DjSessionState state =
                DjReducer.apply(loaded(), new Play(0, true, 20.0), 0).state();
        state = DjReducer.apply(state, new LoopChange(0, "beat", new Loop(20.0, 21.92, 4.0, true), 20.0), 0)
                .state();

        assertThat(state.decks().getFirst().positionAt(3_000)).isCloseTo(20.0 + 3.0 % 1.92, within(1e-9));
    }

    @Test
    void hotCuesAreSetTriggeredAndDeletedPerSlot() {
        DjSessionState state = DjReducer.apply(loaded(), new HotCueChange(0, "set", 0, 4.0, "#43a047", 4.0, false), 0)
                .state();
        var triggered = DjReducer.apply(state, new HotCueChange(0, "trigger", 2, null, null, 32.0, true), 100);
        DjSessionState deleted = DjReducer.apply(
                        triggered.state(), new HotCueChange(0, "delete", 2, null, null, 33.0, true), 200)
                .state();

        assertThat(state.decks().getFirst().hotCues()).extracting(HotCue::slot).containsExactly(0, 2);
        assertThat(triggered.events()).extracting(DjEvent::name).contains(DjEvent.HOT_CUE_TRIGGERED);
        assertThat(triggered.state().decks().getFirst().playing()).isTrue();
        assertThat(deleted.decks().getFirst().hotCues())
                .extracting(HotCue::slot)
                .containsExactly(0);
    }

    @Test
    void valuesFromTheBrowserAreChecked() {
        DjSessionState state = loaded();

        assertThatThrownBy(() -> DjReducer.apply(state, new Play(5, true, 0), 0))
                .hasMessageContaining("no deck");
        assertThatThrownBy(() -> DjReducer.apply(state, new Play(1, true, 0), 0))
                .hasMessageContaining("no track");
        assertThatThrownBy(() -> DjReducer.apply(state, new Play(0, true, 301), 0))
                .hasMessageContaining("position");
        assertThatThrownBy(() -> DjReducer.apply(state, new Play(0, true, Double.NaN), 0))
                .isNotNull();
        assertThatThrownBy(() -> DjReducer.apply(state, new Tempo(0, 12, 8, false), 0))
                .hasMessageContaining("tempo");
        assertThatThrownBy(() -> DjReducer.apply(state, new Tempo(0, 1, 12, false), 0))
                .hasMessageContaining("ranges");
        assertThatThrownBy(() -> DjReducer.apply(state, new HotCueChange(0, "set", 8, 1.0, null, 1, false), 0))
                .hasMessageContaining("slots");
        assertThatThrownBy(() -> DjReducer.apply(state, new LoopChange(0, "in", new Loop(5, 4, null, true), 5), 0))
                .hasMessageContaining("end after");
        assertThatThrownBy(() -> DjReducer.apply(state, new Crossfader(0.5, "wobbly"), 0))
                .hasMessageContaining("curves");
        assertThatThrownBy(() -> DjReducer.apply(state, new MixerChange(0, "eqLow", 12), 0))
                .hasMessageContaining("EQ");
        assertThatThrownBy(() -> DjReducer.apply(state, new MixerChange(0, "volume", 1), 0))
                .hasMessageContaining("Unknown mixer control");
    }

    @Test
    void mixerMovesChangeOnlyTheirControl() {
        var result = DjReducer.apply(loaded(), new MixerChange(1, "killLow", 1), 0);
        DjSessionState moved =
                DjReducer.apply(result.state(), new Crossfader(-0.25, "cut"), 0).state();

        assertThat(result.events()).extracting(DjEvent::name).containsExactly(DjEvent.MIXER_CHANGED);
        assertThat(moved.mixer().channels().get(1).killLow()).isTrue();
        assertThat(moved.mixer().channels().get(0).killLow()).isFalse();
        assertThat(moved.mixer().crossfader()).isEqualTo(-0.25);
        assertThat(moved.mixer().curve()).isEqualTo("cut");
        assertThat(moved.version()).isEqualTo(loaded().version() + 2);
    }

    @Test
    void eachChannelControlSetsItsOwnFieldAndNoOther() {
        MixerState.Channel neutral = MixerState.Channel.neutral();
        var expected = java.util.Map.of(
                "gain", new MixerState.Channel(1.5, 0, 0, 0, false, false, false, 0, 1),
                "eqLow", new MixerState.Channel(1, -3, 0, 0, false, false, false, 0, 1),
                "eqMid", new MixerState.Channel(1, 0, -3, 0, false, false, false, 0, 1),
                "eqHigh", new MixerState.Channel(1, 0, 0, -3, false, false, false, 0, 1),
                "killLow", new MixerState.Channel(1, 0, 0, 0, true, false, false, 0, 1),
                "killMid", new MixerState.Channel(1, 0, 0, 0, false, true, false, 0, 1),
                "killHigh", new MixerState.Channel(1, 0, 0, 0, false, false, true, 0, 1),
                "filter", new MixerState.Channel(1, 0, 0, 0, false, false, false, -0.5, 1),
                "fader", new MixerState.Channel(1, 0, 0, 0, false, false, false, 0, 0.25));
        var values = java.util.Map.of(
                "gain",
                1.5,
                "eqLow",
                -3.0,
                "eqMid",
                -3.0,
                "eqHigh",
                -3.0,
                "killLow",
                1.0,
                "killMid",
                1.0,
                "killHigh",
                1.0,
                "filter",
                -0.5,
                "fader",
                0.25);
        expected.forEach((control, channel) -> {
            DjSessionState next = DjReducer.apply(loaded(), new MixerChange(0, control, values.get(control)), 0)
                    .state();
            assertThat(next.mixer().channels().get(0)).as(control).isEqualTo(channel);
            assertThat(next.mixer().channels().get(1))
                    .as(control + " on the other channel")
                    .isEqualTo(neutral);
        });
    }
}
