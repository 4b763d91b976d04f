package com.soundforge.analysis.cli;

/** Rounding of the numbers the command prints (times, durations) to a few decimals. */
final class Decimals {

    private Decimals() {}

    static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }
}
