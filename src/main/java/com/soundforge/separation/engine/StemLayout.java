package com.soundforge.separation.engine;

/**
 * Which stems the separator returns, in order. The last stem is always the residual (input minus the others),
 * which makes the stems add up to the input exactly.
 */
public enum StemLayout {
    /** vocals, drums, bass, other. */
    FOUR("vocals", "drums", "bass", "other"),
    /** vocals, instrumental (= input − vocals). */
    TWO("vocals", "instrumental");

    private final String[] names;

    StemLayout(String... names) {
        this.names = names;
    }

    public int count() {
        return names.length;
    }

    public String name(int index) {
        return names[index];
    }

    /** Layout for a stem count given on a command line or in a setting. */
    public static StemLayout of(int stems) {
        return switch (stems) {
            case 4 -> FOUR;
            case 2 -> TWO;
            default -> throw new IllegalArgumentException("Stem count must be 4 or 2, not " + stems);
        };
    }
}
