package com.soundforge.dj;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The mixer as last reported: crossfader (−1 = deck A … +1 = deck B) with its curve, master level, and per channel
 * gain (linear, 1 = 0 dB), 3-band EQ in dB with kills, one-knob filter (−1 low-pass … 0 off … +1 high-pass) and
 * fader.
 */
public record MixerState(double crossfader, String curve, double master, List<Channel> channels) {

    public static final List<String> CURVES = List.of("linear", "power", "cut");

    public record Channel(
            double gain,
            double eqLow,
            double eqMid,
            double eqHigh,
            boolean killLow,
            boolean killMid,
            boolean killHigh,
            double filter,
            double fader) {

        static Channel neutral() {
            return new Channel(1, 0, 0, 0, false, false, false, 0, 1);
        }

        /** A copy with the controls {@code change} sets on a mutable copy of this one. */
        Channel with(Consumer<Controls> change) {
            Controls c = new Controls(this);
            change.accept(c);
            return new Channel(c.gain, c.eqLow, c.eqMid, c.eqHigh, c.killLow, c.killMid, c.killHigh, c.filter, c.fader);
        }

        static final class Controls {
            double gain;
            double eqLow;
            double eqMid;
            double eqHigh;
            boolean killLow;
            boolean killMid;
            boolean killHigh;
            double filter;
            double fader;

            private Controls(Channel c) {
                gain = c.gain;
                eqLow = c.eqLow;
                eqMid = c.eqMid;
                eqHigh = c.eqHigh;
                killLow = c.killLow;
                killMid = c.killMid;
                killHigh = c.killHigh;
                filter = c.filter;
                fader = c.fader;
            }
        }
    }

    public static MixerState neutral(int channels) {
        List<Channel> list = new ArrayList<>();
        for (int i = 0; i < channels; i++) {
            list.add(Channel.neutral());
        }
        return new MixerState(0, "power", 1, List.copyOf(list));
    }
}
