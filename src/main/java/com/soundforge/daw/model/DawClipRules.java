package com.soundforge.daw.model;

/** The rules a clip must keep that span more than one of its properties. */
final class DawClipRules {

    static final double MIN_LENGTH = 0.001;
    /** Slack for a span that ends "at" the source's end, so rounding of client arithmetic is not refused. */
    static final double END_SLACK = 0.001;

    private DawClipRules() {}

    static void checkSpan(DawClip clip, double projectBpm) {
        if (clip.warp() && clip.source().bpm() == null) {
            throw new InvalidOperationException("This clip's source has no analysed tempo, so it cannot be warped.");
        }
        double sourceEnd = clip.offset() + clip.length() * clip.stretch(projectBpm);
        if (sourceEnd > clip.source().duration() + END_SLACK) {
            throw new InvalidOperationException(String.format(
                    java.util.Locale.ROOT,
                    "The clip would read %.3f s of a %.3f s source: trim it inside its source.",
                    sourceEnd,
                    clip.source().duration()));
        }
    }
}
