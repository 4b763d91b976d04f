package com.soundforge.daw.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The shape of a clip's fade: {@link #gain(double)} rises from 0 at {@code u = 0} to 1 at {@code u = 1}. A fade-in
 * reads it forwards, a fade-out backwards. The formulas are the README's mixing rules.
 */
public enum FadeCurve {
    LINEAR("linear"),
    EXPONENTIAL("exponential"),
    LOGARITHMIC("logarithmic"),
    SCURVE("scurve");

    private static final double STEPS = 1023.0;
    private static final double OCTAVES = 10.0;

    private final String wire;

    FadeCurve(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The fade's gain at {@code u} ∈ [0, 1] (clamped outside). */
    public double gain(double u) {
        double x = Math.max(0, Math.min(1, u));
        return switch (this) {
            case LINEAR -> x;
            case EXPONENTIAL -> (Math.pow(2, OCTAVES * x) - 1) / STEPS;
            case LOGARITHMIC -> Math.log1p(STEPS * x) / Math.log(2) / OCTAVES;
            case SCURVE -> (1 - Math.cos(Math.PI * x)) / 2;
        };
    }

    public static Optional<FadeCurve> fromWire(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(wire)).findFirst();
    }
}
