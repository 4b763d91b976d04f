package com.soundforge.analysis.engine;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Streaming short-time Fourier transform of a mono signal: Hann window of {@code size}, one frame every {@code hop}
 * samples. Frame {@code i} is centred on sample {@code i * hop} (the signal is padded with zeros before its start
 * and after its end), so frame times are exactly {@code i * hop / rate}. Hands each frame's power spectrum
 * ({@code size / 2 + 1} bins, scaled so a full-scale sine peaks near 1) to a listener; no allocation per frame.
 */
final class Stft implements FrontEnd.Sink {

    interface FrameListener {
        /**
         * @param power  power spectrum, {@code size / 2 + 1} bins (valid only during the call)
         * @param frame  the time-domain frame before windowing (valid only during the call)
         */
        void frame(int index, float[] power, float[] frame);

        default void end() {
        }
    }

    private final int size;
    private final int hop;
    private final float[] window;
    private final float[] ring;
    private final float[] frame;
    private final float[] fftBuffer;
    private final float[] power;
    private final FloatFFT_1D fft;
    private final FrameListener listener;
    private final float scale;
    private int fill;
    private int index;
    private long samplesIn;

    Stft(int size, int hop, FrameListener listener) {
        this.size = size;
        this.hop = hop;
        this.window = Dsp.hann(size);
        this.ring = new float[size];
        this.frame = new float[size];
        this.fftBuffer = new float[size];
        this.power = new float[size / 2 + 1];
        this.fft = new FloatFFT_1D(size);
        this.listener = listener;
        double sum = 0;
        for (float w : window) {
            sum += w;
        }
        this.scale = (float) (4.0 / (sum * sum));
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
        for (int k = 0; k < size; k++) {
            fftBuffer[k] = ring[k] * window[k];
        }
        fft.realForward(fftBuffer);
        power[0] = fftBuffer[0] * fftBuffer[0] * scale;
        power[size / 2] = fftBuffer[1] * fftBuffer[1] * scale;
        for (int k = 1; k < size / 2; k++) {
            float re = fftBuffer[2 * k];
            float im = fftBuffer[2 * k + 1];
            power[k] = (re * re + im * im) * scale;
        }
        listener.frame(index++, power, frame);
    }

    /** Emits the frames whose centre lies inside the signal, padding with zeros. */
    @Override
    public void end() {
        long wanted = samplesIn == 0 ? 0 : (samplesIn - 1) / hop + 1;
        while (index < wanted) {
            java.util.Arrays.fill(ring, fill, size, 0f);
            fill = size;
            emit();
            System.arraycopy(ring, hop, ring, 0, size - hop);
            fill = size - hop;
        }
        listener.end();
    }
}
