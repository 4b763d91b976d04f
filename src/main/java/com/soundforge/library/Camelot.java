package com.soundforge.library;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Camelot wheel arithmetic for harmonic mixing. */
public final class Camelot {

    private static final Pattern KEY = Pattern.compile("(1[0-2]|[1-9])([AB])");

    private Camelot() {}

    /** "8a" → "8A"; throws for anything that is not a Camelot key. */
    public static String normalise(String camelot) {
        String upper = camelot.trim().toUpperCase(Locale.ROOT);
        if (!KEY.matcher(upper).matches()) {
            throw new IllegalArgumentException("Not a Camelot key: " + camelot + " (expected 1A–12B)");
        }
        return upper;
    }

    /** The keys that mix with {@code camelot}: itself, one step either way on its ring, and its relative key. */
    public static List<String> compatibleWith(String camelot) {
        Matcher m = KEY.matcher(normalise(camelot));
        m.matches();
        int number = Integer.parseInt(m.group(1));
        String ring = m.group(2);
        String otherRing = ring.equals("A") ? "B" : "A";
        return List.of(number + ring, wrap(number - 1) + ring, wrap(number + 1) + ring, number + otherRing);
    }

    private static int wrap(int number) {
        return Math.floorMod(number - 1, 12) + 1;
    }
}
