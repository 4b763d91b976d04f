package com.soundforge.daw.engine;

import java.util.Arrays;

/** A stereo signal held in memory (short signals: a stretcher's working region, tests). */
public final class MemoryStereoStream implements StereoStream {

    private final float[] left;
    private final float[] right;

    public MemoryStereoStream(float[] left, float[] right) {
        if (left.length != right.length) {
            throw new IllegalArgumentException("both channels need the same length");
        }
        this.left = left;
        this.right = right;
    }

    @Override
    public long frames() {
        return left.length;
    }

    @Override
    public void read(long start, float[] outLeft, float[] outRight, int count) {
        Arrays.fill(outLeft, 0, count, 0f);
        Arrays.fill(outRight, 0, count, 0f);
        long from = Math.max(start, 0);
        long to = Math.min(start + count, left.length);
        if (from < to) {
            System.arraycopy(left, (int) from, outLeft, (int) (from - start), (int) (to - from));
            System.arraycopy(right, (int) from, outRight, (int) (from - start), (int) (to - from));
        }
    }
}
