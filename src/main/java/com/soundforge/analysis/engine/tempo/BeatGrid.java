package com.soundforge.analysis.engine.tempo;

/**
 * The beat grid: a straight line when the track is steady ({@link SteadyGrid}), else the tracker's beats with a local
 * tempo ({@link TrackedGrid}).
 *
 * @param beatFrames the beats in envelope frames
 * @param period     frames per beat: the line's, or the median interval of a varying track
 * @param steady     whether the beats lie on a straight line
 */
public record BeatGrid(double[] beatFrames, double period, boolean steady) {

    /**
     * The grid of the chosen metrical level's beats; a steady grid starts at {@code latencyFrames}, so that no beat
     * lands before the start once shifted by the envelope's latency.
     */
    public static BeatGrid fit(Envelopes envelopes, Candidate chosen, double latencyFrames) {
        GridLine line = SteadyGrid.line(chosen, envelopes.low(), envelopes.mid());
        if (line != null) {
            line = SteadyGrid.refine(envelopes.onset(), line);
            return new BeatGrid(SteadyGrid.beats(line, envelopes.length(), latencyFrames), line.period(), true);
        }
        double[] beats = TrackedGrid.beats(envelopes.onset(), chosen.lag, envelopes.frameRate());
        return new BeatGrid(beats, TrackedGrid.period(beats, chosen.lag), false);
    }
}
