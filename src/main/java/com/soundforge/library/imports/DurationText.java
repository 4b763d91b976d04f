package com.soundforge.library.imports;

/** A length for people: "40 s", "12 min", "1 h 30 min", "10 h". */
final class DurationText {

    private DurationText() {}

    static String of(long millis) {
        long seconds = (millis + 500) / 1000;
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = (seconds + 30) / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
