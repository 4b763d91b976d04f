package com.soundforge.dj;

import com.soundforge.dj.DeckState.HotCue;
import com.soundforge.dj.DeckState.LoadedTrack;
import com.soundforge.dj.DeckState.Loop;

/** A change the DJ made, as the browser reports it after acting on the audio. */
public sealed interface DjCommand {

    sealed interface DeckCommand extends DjCommand {
        int deck();
    }

    record Play(int deck, boolean playing, double position) implements DeckCommand {}

    record Seek(int deck, double position) implements DeckCommand {}

    /** CDJ cue: "set" stores the cue point; "jump"/"preview-start"/"preview-end" move the playhead. */
    record Cue(int deck, String action, Double cuePoint, double position, boolean playing) implements DeckCommand {}

    record HotCueChange(int deck, String action, int slot, Double time, String color, double position, boolean playing)
            implements DeckCommand {}

    record LoopChange(int deck, String action, Loop loop, double position) implements DeckCommand {}

    record Tempo(int deck, double tempoPercent, int tempoRange, boolean keyLock) implements DeckCommand {}

    /**
     * Pitch bend while a nudge button is held (direction 1 or -1; 0 when released). The tempo does not change, but the
     * playhead drifts: the position reported with each press and release keeps the other screens in phase.
     */
    record Nudge(int deck, int direction, double position) implements DeckCommand {}

    record Sync(int deck, boolean on, double tempoPercent, double position) implements DeckCommand {}

    record Quantize(int deck, boolean on) implements DeckCommand {}

    record Stem(int deck, String stem, boolean muted, boolean solo, double volume) implements DeckCommand {}

    /**
     * Made by the server once it checked the track belongs to the DJ; carries the track's saved hot cues and the
     * loop last set on it (loaded inactive), if any.
     */
    record Load(int deck, LoadedTrack track, java.util.List<HotCue> savedCues, Loop savedLoop) implements DeckCommand {

        public Load(int deck, LoadedTrack track, java.util.List<HotCue> savedCues) {
            this(deck, track, savedCues, null);
        }
    }

    record MixerChange(int channel, String param, double value) implements DjCommand {}

    record Crossfader(double value, String curve) implements DjCommand {}

    record Master(double value) implements DjCommand {}
}
