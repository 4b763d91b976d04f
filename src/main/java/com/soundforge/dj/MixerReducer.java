package com.soundforge.dj;

import static com.soundforge.dj.CommandValues.curve;
import static com.soundforge.dj.CommandValues.range;

import com.soundforge.dj.DjCommand.Crossfader;
import com.soundforge.dj.DjCommand.Master;
import com.soundforge.dj.DjCommand.MixerChange;
import com.soundforge.dj.MixerState.Channel;
import java.util.ArrayList;
import java.util.List;

/** Applies the mixer's commands: crossfader, master and the per-channel controls. */
final class MixerReducer {

    private static final double EQ_MIN_DB = -26;
    private static final double EQ_MAX_DB = 6;
    private static final double MAX_GAIN = 2;

    private MixerReducer() {}

    static MixerState apply(MixerState mixer, DjCommand command) {
        return switch (command) {
            case Crossfader c ->
                new MixerState(
                        range("crossfader", c.value(), -1, 1), curve(c.curve()), mixer.master(), mixer.channels());
            case Master m ->
                new MixerState(mixer.crossfader(), mixer.curve(), range("master", m.value(), 0, 1), mixer.channels());
            case MixerChange m -> withChannel(mixer, m);
            default -> throw new IllegalArgumentException("Unknown command " + command);
        };
    }

    private static MixerState withChannel(MixerState mixer, MixerChange m) {
        if (m.channel() < 0 || m.channel() >= mixer.channels().size()) {
            throw new IllegalArgumentException("There is no mixer channel " + m.channel());
        }
        List<Channel> channels = new ArrayList<>(mixer.channels());
        channels.set(m.channel(), changed(channels.get(m.channel()), m.param(), m.value()));
        return new MixerState(mixer.crossfader(), mixer.curve(), mixer.master(), List.copyOf(channels));
    }

    private static Channel changed(Channel channel, String control, double v) {
        return switch (control) {
            case "gain" -> channel.with(c -> c.gain = range("gain", v, 0, MAX_GAIN));
            case "eqLow" -> channel.with(c -> c.eqLow = range("EQ", v, EQ_MIN_DB, EQ_MAX_DB));
            case "eqMid" -> channel.with(c -> c.eqMid = range("EQ", v, EQ_MIN_DB, EQ_MAX_DB));
            case "eqHigh" -> channel.with(c -> c.eqHigh = range("EQ", v, EQ_MIN_DB, EQ_MAX_DB));
            case "killLow" -> channel.with(c -> c.killLow = v != 0);
            case "killMid" -> channel.with(c -> c.killMid = v != 0);
            case "killHigh" -> channel.with(c -> c.killHigh = v != 0);
            case "filter" -> channel.with(c -> c.filter = range("filter", v, -1, 1));
            case "fader" -> channel.with(c -> c.fader = range("fader", v, 0, 1));
            default -> throw new IllegalArgumentException("Unknown mixer control " + control);
        };
    }
}
