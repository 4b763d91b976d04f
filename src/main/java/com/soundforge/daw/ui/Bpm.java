package com.soundforge.daw.ui;

import java.util.Locale;

/** A tempo as the DAW screens show it: whole numbers without decimals, others with up to two. */
final class Bpm {

    private Bpm() {}

    static String format(double bpm) {
        return bpm == Math.rint(bpm)
                ? String.format(Locale.ROOT, "%.0f", bpm)
                : String.format(Locale.ROOT, "%.2f", bpm).replaceAll("0$", "");
    }
}
