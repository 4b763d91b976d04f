package com.soundforge.dj;

/**
 * The mixer's gain curves as pure functions, the same formulas as {@code frontend/dj/audio/curves.ts} (tested with the
 * same values on both sides). x = crossfader −1..1, t = (x + 1) / 2; even channels are side A, odd ones side B.
 */
public final class CrossfaderCurves {

    public static final double CUT_WIDTH = 0.05;
    public static final double FILTER_DEAD_ZONE = 0.02;
    public static final double EQ_MIN_DB = -26;
    public static final double EQ_MAX_DB = 6;

    /** Linear gains of side A (left) and side B (right). */
    public record SideGains(double a, double b) {}

    /** {@code type} is bypass, lowpass or highpass; {@code frequencyHz} 0 for bypass. */
    public record FilterSetting(String type, double frequencyHz) {}

    private CrossfaderCurves() {}

    /** Like the TypeScript {@code clamp}: a value that is not finite gives {@code min}. */
    public static double clamp(double value, double min, double max) {
        return Double.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
    }

    public static SideGains crossfaderGains(double position, String curve) {
        double t = (clamp(position, -1, 1) + 1) / 2;
        return switch (curve == null ? "linear" : curve) {
            case "power" -> new SideGains(Math.cos(t * Math.PI / 2), Math.sin(t * Math.PI / 2));
            case "cut" -> new SideGains(Math.min(1, (1 - t) / CUT_WIDTH), Math.min(1, t / CUT_WIDTH));
            default -> new SideGains(1 - t, t);
        };
    }

    public static char crossfaderSide(int channel) {
        return channel % 2 == 0 ? 'a' : 'b';
    }

    public static double channelCrossfaderGain(int channel, double position, String curve) {
        SideGains gains = crossfaderGains(position, curve);
        return crossfaderSide(channel) == 'a' ? gains.a() : gains.b();
    }

    public static double faderGain(double fader) {
        double f = clamp(fader, 0, 1);
        return f * f;
    }

    public static double masterGain(double master) {
        return clamp(master, 0, 1);
    }

    public static double eqBandGain(double db, boolean kill) {
        return kill ? 0 : Math.pow(10, clamp(db, EQ_MIN_DB, EQ_MAX_DB) / 20);
    }

    public static FilterSetting filterSetting(double value) {
        double v = clamp(value, -1, 1);
        if (Math.abs(v) <= FILTER_DEAD_ZONE) {
            return new FilterSetting("bypass", 0);
        }
        double u = (Math.abs(v) - FILTER_DEAD_ZONE) / (1 - FILTER_DEAD_ZONE);
        return v < 0
                ? new FilterSetting("lowpass", 20000 * Math.pow(10, -3 * u))
                : new FilterSetting("highpass", 20 * Math.pow(10, 3 * u));
    }

    public static double playbackRate(double tempoPercent) {
        return 1 + tempoPercent / 100;
    }

    public static double effectiveBpm(double bpm, double tempoPercent) {
        return bpm > 0 ? bpm * playbackRate(tempoPercent) : 0;
    }
}
