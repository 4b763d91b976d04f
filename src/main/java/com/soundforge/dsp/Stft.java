package com.soundforge.dsp;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Short-time Fourier transform with a periodic Hann window of {@code size} samples and one frame every {@code hop}
 * samples. {@link #forward(float[], int, float[])} transforms one frame in place in JTransforms' packed layout;
 * {@link #forward(float[], int, int, float[], float[], float[])} and {@link #inverseAdd} work on spectra stored
 * flattened, {@code [frame * bins + bin]}, as separate real and imaginary planes. The synthesis window is the
 * analysis window scaled so that overlap-add reconstructs the input exactly where frames fully overlap. Thread-safe
 * as long as each thread passes its own scratch arrays.
 */
public final class Stft {

    private final int size;
    private final int hop;
    private final int bins;
    private final float[] window;
    private final float synthesisScale;
    private final FloatFFT_1D fft;

    public Stft(int size, int hop) {
        this.size = size;
        this.hop = hop;
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

    /** Samples per frame. */
    public int size() {
        return size;
    }

    /** Samples between frame starts. */
    public int hop() {
        return hop;
    }

    /** Frequency bins per frame, DC to Nyquist: {@code size / 2 + 1}. */
    public int bins() {
        return bins;
    }

    /** Sum of the analysis window's samples (its gain on a constant signal). */
    public double windowSum() {
        double sum = 0;
        for (float w : window) {
            sum += w;
        }
        return sum;
    }

    /** Frames that fit in {@code samples} samples, starting at 0 with one hop between frames. */
    public int frames(int samples) {
        return samples < size ? 0 : (samples - size) / hop + 1;
    }

    /**
     * Windows the {@link #size} samples of {@code signal} from {@code start} into {@code packed} and transforms it in
     * place: {@code packed[0]} is the DC bin, {@code packed[1]} the Nyquist bin (both real), then {@code re, im} of
     * bins 1 to {@code size / 2 - 1} in pairs.
     */
    public void forward(float[] signal, int start, float[] packed) {
        for (int n = 0; n < size; n++) {
            packed[n] = signal[start + n] * window[n];
        }
        fft.realForward(packed);
    }

    /** Forward transform of frames [from, to) of {@code signal}; {@code scratch} holds {@link #size} floats. */
    public void forward(float[] signal, int from, int to, float[] re, float[] im, float[] scratch) {
        for (int t = from; t < to; t++) {
            forward(signal, t * hop, scratch);
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
    public void inverseAdd(float[] re, float[] im, int from, int to, float[] out, float[] scratch) {
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
