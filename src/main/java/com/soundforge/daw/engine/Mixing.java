package com.soundforge.daw.engine;

/** The README's mixing rules as pure functions: frames, gains, fades and the pan law. */
public final class Mixing {

    /** Fader and master values at or below this are silence. */
    public static final double SILENCE_DB = -96;

    private Mixing() {}

    /** A time in seconds as a frame at {@code rate}: {@code round(t × R)}. */
    public static long frame(double seconds, int rate) {
        return Math.round(seconds * rate);
    }

    /** {@code 10^(dB/20)}. */
    public static double gain(double db) {
        return Math.pow(10, db / 20);
    }

    /** A track's or the master's gain: {@link #gain(double)}, but 0 at −96 dB. */
    public static double faderGain(double db) {
        return db <= SILENCE_DB ? 0 : gain(db);
    }

    /**
     * Web Audio's StereoPannerNode for stereo input: the gains {@code {LL, RL, LR, RR}} with
     * {@code L' = LL·L + RL·R} and {@code R' = LR·L + RR·R}.
     */
    public static double[] panMatrix(double pan) {
        if (pan <= 0) {
            double x = (pan + 1) * Math.PI / 2;
            return new double[] {1, Math.cos(x), 0, Math.sin(x)};
        }
        double x = pan * Math.PI / 2;
        return new double[] {Math.cos(x), 0, Math.sin(x), 1};
    }
}
