package com.soundforge.daw.model;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads one property value from its JSON form, refusing anything out of the README's ranges. */
final class Values {

    static final double MAX_SECONDS = 86_400;
    static final int MAX_NAME = 100;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private Values() {}

    static double number(@Nullable Object raw, String name, double min, double max) {
        if (!(raw instanceof Number number)) {
            throw new InvalidOperationException(name + " must be a number.");
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new InvalidOperationException(name + " must be between " + plain(min) + " and " + plain(max) + ".");
        }
        return value;
    }

    static double seconds(@Nullable Object raw, String name) {
        return number(raw, name, 0, MAX_SECONDS);
    }

    static double finite(@Nullable Object raw, String name) {
        return number(raw, name, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    static boolean bool(@Nullable Object raw, String name) {
        if (!(raw instanceof Boolean value)) {
            throw new InvalidOperationException(name + " must be true or false.");
        }
        return value;
    }

    static String name(@Nullable Object raw, String name) {
        if (!(raw instanceof String text) || text.isBlank() || text.length() > MAX_NAME) {
            throw new InvalidOperationException(name + " must be 1 to " + MAX_NAME + " characters.");
        }
        return text.strip();
    }

    static String color(@Nullable Object raw, String name) {
        if (!(raw instanceof String text) || !COLOR.matcher(text).matches()) {
            throw new InvalidOperationException(name + " must be a colour like #4a90d9.");
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    static UUID uuid(@Nullable Object raw, String name) {
        if (raw instanceof String text) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                // refused below
            }
        }
        throw new InvalidOperationException(name + " must be a UUID.");
    }

    static FadeCurve curve(@Nullable Object raw, String name) {
        if (raw instanceof String text) {
            java.util.Optional<FadeCurve> curve = FadeCurve.fromWire(text);
            if (curve.isPresent()) {
                return curve.get();
            }
        }
        throw new InvalidOperationException(name + " must be linear, exponential, logarithmic or scurve.");
    }

    static Meter meter(@Nullable Object raw) {
        if (raw instanceof String text) {
            java.util.Optional<Meter> meter = Meter.fromWire(text);
            if (meter.isPresent()) {
                return meter.get();
            }
        }
        throw new InvalidOperationException("meter must be 4/4, 3/4 or 6/8.");
    }

    static @Nullable LoopRegion loop(@Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InvalidOperationException("loop must be null or {start, end}.");
        }
        double start = seconds(map.get("start"), "loop.start");
        double end = seconds(map.get("end"), "loop.end");
        if (end <= start) {
            throw new InvalidOperationException("loop.end must be after loop.start.");
        }
        return new LoopRegion(start, end);
    }

    static @Nullable String stem(@Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof String text && ObjectCodec.STEMS.contains(text)) {
            return text;
        }
        throw new InvalidOperationException("source.stem must be null, vocals, drums, bass or other.");
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
