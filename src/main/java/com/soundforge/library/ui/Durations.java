package com.soundforge.library.ui;

final class Durations {

    private Durations() {}

    static String format(long millis) {
        long totalSeconds = Math.round(millis / 1000.0);
        long hours = totalSeconds / 3600;
        long minutes = (totalSeconds % 3600) / 60;
        long seconds = totalSeconds % 60;
        return hours > 0 ? "%d:%02d:%02d".formatted(hours, minutes, seconds) : "%d:%02d".formatted(minutes, seconds);
    }
}
