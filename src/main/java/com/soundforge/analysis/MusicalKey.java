package com.soundforge.analysis;

import java.util.Locale;

/**
 * A key: tonic pitch class (0 = C … 11 = B) and mode, with Camelot and Open Key names for harmonic mixing.
 */
public record MusicalKey(int tonic, boolean minor, double confidence) {

    private static final String[] NAMES = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    /** Camelot number of each major tonic (C = 8B); a minor key has the number of its relative major. */
    private static final int[] CAMELOT_MAJOR = {8, 3, 10, 5, 12, 7, 2, 9, 4, 11, 6, 1};

    public MusicalKey {
        if (tonic < 0 || tonic > 11) {
            throw new IllegalArgumentException("tonic " + tonic);
        }
    }

    /** "A minor", "Eb major". */
    public String name() {
        return NAMES[tonic] + (minor ? " minor" : " major");
    }

    /** "Am", "Eb". */
    public String shortName() {
        return NAMES[tonic] + (minor ? "m" : "");
    }

    public int camelotNumber() {
        int relativeMajor = minor ? (tonic + 3) % 12 : tonic;
        return CAMELOT_MAJOR[relativeMajor];
    }

    /** "8A" for A minor, "8B" for C major. */
    public String camelot() {
        return camelotNumber() + (minor ? "A" : "B");
    }

    /** Open Key notation: "1m" for A minor, "1d" for C major. */
    public String openKey() {
        int number = (camelotNumber() + 4) % 12 + 1;
        return number + (minor ? "m" : "d");
    }

    /** Parses "A minor", "Am", "a:min", "F# major", "Bb". */
    public static MusicalKey parse(String text) {
        String t = text.trim();
        int letterEnd = 1;
        if (t.length() > 1 && (t.charAt(1) == '#' || t.charAt(1) == 'b')) {
            letterEnd = 2;
        }
        String tonicText = t.substring(0, letterEnd);
        String rest = t.substring(letterEnd).trim().toLowerCase(Locale.ROOT).replace(":", "");
        boolean minor = rest.startsWith("m") && !rest.startsWith("maj");
        int base = switch (Character.toUpperCase(tonicText.charAt(0))) {
            case 'C' -> 0;
            case 'D' -> 2;
            case 'E' -> 4;
            case 'F' -> 5;
            case 'G' -> 7;
            case 'A' -> 9;
            case 'B' -> 11;
            default -> throw new IllegalArgumentException("Not a key: " + text);
        };
        int shift = letterEnd == 2 ? (tonicText.charAt(1) == '#' ? 1 : -1) : 0;
        return new MusicalKey(Math.floorMod(base + shift, 12), minor, 1.0);
    }
}
