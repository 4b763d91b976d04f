package com.soundforge.analysis.engine;

import com.soundforge.dsp.Stft;
import java.util.Arrays;

/**
 * Streaming short-time Fourier transform of a mono signal on the shared {@link Stft}: Hann window of {@code size},
 * one frame every {@code hop} samples. Frame {@code i} is centred on sample {@code i * hop} (the signal is padded with
 * zeros before its start and after its end), so frame times are exactly {@code i * hop / rate}. Hands each frame's
 * power spectrum ({@code size / 2 + 1} bins, scaled so a full-scale sine peaks near 1) to a listener; no allocation
 * per frame.
 */
final class StreamingStft implements FrontEnd.Sink {

    interface FrameListener {
        /**
         * @param power  power spectrum, {@code size / 2 + 1} bins (valid only during the call)
         * @param frame  the time-domain frame before windowing (valid only during the call)
         */
        void frame(int index, float[] power, float[] frame);

        default void end() {}
    }

    private final Stft stft;
    private final int size;
    private final int hop;
    private final float[] ring;
    private final float[] frame;
    private final float[] fftBuffer;
    private final float[] power;
    private final FrameListener listener;
    /** Scales |X|² so that a full-scale sine's peak bin is about 1: {@code 4 / (Σ window)²}. */
    private final float powerScale;

    private int fill;
    private int index;
    private long samplesIn;

    StreamingStft(int size, int hop, FrameListener listener) {
        this.stft = new Stft(size, hop);
        this.size = size;
        this.hop = hop;
        this.ring = new float[size];
        this.frame = new float[size];
        this.fftBuffer = new float[size];
        this.power = new float[size / 2 + 1];
        this.listener = listener;
        double sum = stft.windowSum();
        this.powerScale = (float) (4.0 / (sum * sum));
        this.fill = size / 2;
    }

    int size() {
        return size;
    }

    int hop() {
        return hop;
    }

    @Override
    public void accept(float[] samples, int n) {
        int i = 0;
        while (i < n) {
            int take = Math.min(n - i, size - fill);
            System.arraycopy(samples, i, ring, fill, take);
            fill += take;
            i += take;
            samplesIn += take;
            if (fill == size) {
                emit();
                System.arraycopy(ring, hop, ring, 0, size - hop);
                fill = size - hop;
            }
        }
    }

    private void emit() {
        System.arraycopy(ring, 0, frame, 0, size);
        stft.forward(ring, 0, fftBuffer);
        power[0] = fftBuffer[0] * fftBuffer[0] * powerScale;
        power[size / 2] = fftBuffer[1] * fftBuffer[1] * powerScale;
        for (int k = 1; k < size / 2; k++) {
            float re = fftBuffer[2 * k];
            float im = fftBuffer[2 * k + 1];
            power[k] = (re * re + im * im) * powerScale;
        }
        listener.frame(index++, power, frame);
    }

    /** Emits the frames whose centre lies inside the signal, padding with zeros. */
    @Override
    public void end() {
        long wanted = samplesIn == 0 ? 0 : (samplesIn - 1) / hop + 1;
        while (index < wanted) {
            Arrays.fill(ring, fill, size, 0f);
            fill = size;
            emit();
            System.arraycopy(ring, hop, ring, 0, size - hop);
            fill = size - hop;
        }
        listener.end();
    }
}
