package com.soundforge.separation.engine;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Short-time Fourier transform with a periodic Hann window and 75 % overlap; spectra are stored flattened,
 * {@code [frame * bins + bin]}, as separate real and imaginary planes. The synthesis window is the analysis
 * window scaled so that overlap-add reconstructs the input exactly where frames fully overlap.
 */
final class Stft {

    final int size;
    final int hop;
    final int bins;
    private final float[] window;
    private final float synthesisScale;
    private final FloatFFT_1D fft;

    Stft(int size) {
        this.size = size;
        this.hop = size / 4;
        this.bins = size / 2 + 1;
        this.window = new float[size];
        double sumSquares = 0;
        for (int n = 0; n < size; n++) {
            window[n] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * n / size));
            sumSquares += window[n] * window[n];
        }
        this.synthesisScale = (float) (hop / sumSquares);
        this.fft = new FloatFFT_1D(size);
    }

    /** Frames that fit in {@code samples} samples, starting at 0 with one hop between frames. */
    int frames(int samples) {
        return samples < size ? 0 : (samples - size) / hop + 1;
    }

    /** Forward transform of frames [from, to) of {@code signal}; {@code scratch} holds {@link #size} floats. */
    void forward(float[] signal, int from, int to, float[] re, float[] im, float[] scratch) {
        for (int t = from; t < to; t++) {
            int start = t * hop;
            for (int n = 0; n < size; n++) {
                scratch[n] = signal[start + n] * window[n];
            }
            fft.realForward(scratch);
            int row = t * bins;
            re[row] = scratch[0];
            im[row] = 0;
            re[row + bins - 1] = scratch[1];
            im[row + bins - 1] = 0;
            for (int k = 1; k < bins - 1; k++) {
                re[row + k] = scratch[2 * k];
                im[row + k] = scratch[2 * k + 1];
            }
        }
    }

    /**
     * Inverse transform of frames [from, to) overlap-added into {@code out} (which the caller zeroes). Frames
     * overlap, so one output array must be written by one thread at a time (callers parallelise over outputs).
     */
    void inverseAdd(float[] re, float[] im, int from, int to, float[] out, float[] scratch) {
        for (int t = from; t < to; t++) {
            int row = t * bins;
            scratch[0] = re[row];
            scratch[1] = re[row + bins - 1];
            for (int k = 1; k < bins - 1; k++) {
                scratch[2 * k] = re[row + k];
                scratch[2 * k + 1] = im[row + k];
            }
            fft.realInverse(scratch, true);
            int start = t * hop;
            for (int n = 0; n < size; n++) {
                out[start + n] += scratch[n] * window[n] * synthesisScale;
            }
        }
    }
}
