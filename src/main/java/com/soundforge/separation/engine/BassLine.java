package com.soundforge.separation.engine;

/**
 * The bass pitch of every frame of a chunk, followed as a line of notes rather than picked frame by frame: a bass
 * holds each note for many frames, while a kick or a chord tone makes a single frame's harmonic sum point
 * elsewhere. The path through the candidate pitches maximises the summed per-frame scores minus a penalty for
 * every change of note (a step to a neighbouring candidate, a third of a semitone, costs a quarter of that).
 */
final class BassLine {

    private BassLine() {}

    /**
     * @param scores   {@code scores[t * candidates + c]}: how well candidate c explains frame t
     * @param penalty  cost of a change of note, in score units
     * @return the chosen candidate of every frame
     */
    static int[] track(float[] scores, int frames, int candidates, float penalty) {
        int[] path = new int[frames];
        if (frames == 0) {
            return path;
        }
        float step = penalty / 4;
        float[] previous = new float[candidates];
        float[] current = new float[candidates];
        int[] from = new int[frames * candidates];
        System.arraycopy(scores, 0, previous, 0, candidates);
        for (int t = 1; t < frames; t++) {
            int best = argmax(previous);
            float jump = previous[best] - penalty;
            int row = t * candidates;
            for (int c = 0; c < candidates; c++) {
                float value = previous[c];
                int origin = c;
                if (c > 0 && previous[c - 1] - step > value) {
                    value = previous[c - 1] - step;
                    origin = c - 1;
                }
                if (c + 1 < candidates && previous[c + 1] - step > value) {
                    value = previous[c + 1] - step;
                    origin = c + 1;
                }
                if (jump > value) {
                    value = jump;
                    origin = best;
                }
                current[c] = value + scores[row + c];
                from[row + c] = origin;
            }
            float[] swap = previous;
            previous = current;
            current = swap;
        }
        path[frames - 1] = argmax(previous);
        for (int t = frames - 1; t > 0; t--) {
            path[t - 1] = from[t * candidates + path[t]];
        }
        return path;
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]) {
                best = c;
            }
        }
        return best;
    }
}
