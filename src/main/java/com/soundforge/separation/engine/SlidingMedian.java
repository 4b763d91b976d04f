package com.soundforge.separation.engine;

import java.util.Arrays;

/**
 * Running median of an odd-length window over a strided sequence, keeping the window sorted (insert/remove by
 * binary search), edges padded by repeating the end values. One instance per thread; no allocation per call.
 */
final class SlidingMedian {

    private final int length;
    private final int half;
    private final float[] sorted;

    SlidingMedian(int length) {
        this.length = length | 1;
        this.half = this.length / 2;
        this.sorted = new float[this.length];
    }

    /** out[offset + i*stride] = median of in[offset + (i-half .. i+half)*stride], for i in [0, count). */
    void filter(float[] in, float[] out, int offset, int stride, int count) {
        for (int k = 0; k < length; k++) {
            sorted[k] = in[offset + clamp(k - half, count) * stride];
        }
        Arrays.sort(sorted);
        for (int i = 0; i < count; i++) {
            out[offset + i * stride] = sorted[half];
            if (i + 1 < count) {
                float leaving = in[offset + clamp(i - half, count) * stride];
                float entering = in[offset + clamp(i + half + 1, count) * stride];
                replace(leaving, entering);
            }
        }
    }

    private void replace(float leaving, float entering) {
        int at = Arrays.binarySearch(sorted, leaving);
        if (at < 0) {
            at = Math.min(length - 1, -at - 1);
        }
        // shift to close the gap and open one at entering's place
        if (entering > leaving) {
            while (at + 1 < length && sorted[at + 1] < entering) {
                sorted[at] = sorted[at + 1];
                at++;
            }
        } else {
            while (at > 0 && sorted[at - 1] > entering) {
                sorted[at] = sorted[at - 1];
                at--;
            }
        }
        sorted[at] = entering;
    }

    private static int clamp(int index, int count) {
        return index < 0 ? 0 : Math.min(index, count - 1);
    }
}
