package com.soundforge.analysis;

import java.util.Locale;
import java.util.UUID;

/**
 * How far the analysis of a user's library in their newly chosen BPM range has got: of {@code total} tracks,
 * {@code done} are analysed (and their cues derived) in {@code range} (null: none, the engine decides) and
 * {@code failed} could not be; it has ended when none is left.
 */
public record ReanalysisProgress(UUID userId, BpmRange range, int total, int done, int failed) {

    public boolean ended() {
        return done + failed >= total;
    }

    /** "Re-analysing 12 of 40 tracks for 70–140 BPM", then "Re-analysed 40 tracks for 70–140 BPM (2 failed)". */
    public String text() {
        String what = range == null
                ? "with the engine deciding the tempo"
                : String.format(Locale.ROOT, "for %.0f–%.0f BPM", range.min(), range.max());
        if (total == 0) {
            return "No tracks to analyse again.";
        }
        String failures = failed == 0 ? "" : " (" + failed + " failed)";
        if (ended()) {
            return "Re-analysed " + done + " " + tracks(done) + " " + what + failures + ".";
        }
        return "Re-analysing " + (done + failed) + " of " + total + " " + tracks(total) + " " + what + failures + "…";
    }

    private static String tracks(int n) {
        return n == 1 ? "track" : "tracks";
    }
}
