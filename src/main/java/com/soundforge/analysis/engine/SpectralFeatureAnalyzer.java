package com.soundforge.analysis.engine;

import com.soundforge.analysis.engine.spectral.MelCepstrum;
import com.soundforge.analysis.engine.spectral.SpectralContrast;

/**
 * Display features from a 2048-point Hann STFT every 1024 samples of the mono work signal (≈ 22 kHz, ≈ 46 ms hop):
 * MFCC (40 mel bands, log power in dB, orthonormal DCT-II, 13 coefficients), spectral centroid, bandwidth and 85 %
 * roll-off (Hz, from the magnitude spectrum), flatness (geometric / arithmetic mean of power), contrast in 7 octave
 * bands from 200 Hz (peak vs valley, top and bottom 2 % of each band, in dB, as librosa) and zero-crossing rate.
 * Frames are summed into 0.1 s bins while streaming (27 floats per 0.1 s) and averaged to the display hop at the end;
 * mean and variance over all STFT frames are kept for the summaries.
 */
public final class SpectralFeatureAnalyzer extends StftAnalyzer {

    static final int MFCC = 13;
    static final int CONTRAST_BANDS = SpectralContrast.BANDS;
    /** Per-frame values: 13 MFCC, centroid, rolloff, bandwidth, flatness, 7 contrast, zcr. */
    static final int VALUES = MFCC + 4 + CONTRAST_BANDS + 1;

    static final int CENTROID = MFCC;
    static final int ROLLOFF = MFCC + 1;
    static final int BANDWIDTH = MFCC + 2;
    static final int FLATNESS = MFCC + 3;
    static final int CONTRAST = MFCC + 4;
    static final int ZCR = CONTRAST + CONTRAST_BANDS;
    static final double BIN_SECONDS = 0.1;
    /** 2048-point frames at about 22 kHz; 1024 below 16 kHz so frames stay about as long. */
    private static final int FRAME_SIZE = 2048;

    private static final int SMALL_FRAME_SIZE = 1024;
    private static final double SMALL_FRAME_BELOW_HZ = 16000;
    /** The roll-off frequency holds this share of the magnitude spectrum's sum. */
    private static final double ROLLOFF_SHARE = 0.85;
    /** Power floor for the flatness's geometric mean (−100 dB). */
    private static final double POWER_FLOOR = 1e-10;
    /** The flatness takes one logarithm per this many bins (a product of 8 values >= 1e-10 stays far from underflow). */
    private static final int BINS_PER_LOG = 8;

    private double rate;
    private int size;
    private float[] freq;
    private float[] mag;
    private MelCepstrum mfcc;
    private SpectralContrast contrast;
    private final double[] values = new double[VALUES];
    private final double[] sum = new double[VALUES];
    private final double[] sumSquares = new double[VALUES];
    private long frames;
    private FloatList bins;
    private int currentBin = -1;
    private final double[] binSum = new double[VALUES];
    private int binCount;

    @Override
    double inputRate(FrontEnd frontEnd) {
        return frontEnd.workRate();
    }

    @Override
    @Initializer
    void attach(FrontEnd frontEnd, long expectedSamples) {
        rate = inputRate(frontEnd);
        size = rate >= SMALL_FRAME_BELOW_HZ ? FRAME_SIZE : SMALL_FRAME_SIZE;
        frames(size, size / 2, this::frame);
        int bins1 = size / 2 + 1;
        freq = new float[bins1];
        for (int k = 0; k < bins1; k++) {
            freq[k] = (float) (k * rate / size);
        }
        mag = new float[bins1];
        mfcc = new MelCepstrum(rate, size, freq, MFCC);
        contrast = new SpectralContrast(rate, size);
        int capacity = expectedSamples > 0
                ? (int) Math.min(1 << 24, (expectedSamples / rate / BIN_SECONDS + 4) * (VALUES + 1))
                : 4096;
        bins = new FloatList(capacity);
        frontEnd.addWorkSink(this);
    }

    private void frame(int index, float[] power, float[] time) {
        shape(power);
        mfcc.compute(power, values);
        contrast.compute(power, values, CONTRAST);
        values[ZCR] = zeroCrossingRate(time);
        for (int v = 0; v < VALUES; v++) {
            sum[v] += values[v];
            sumSquares[v] += values[v] * values[v];
        }
        frames++;
        int bin = (int) Math.floor(index * (size / 2) / rate / BIN_SECONDS);
        if (bin != currentBin) {
            flushBin();
            while (currentBin + 1 < bin) {
                currentBin++;
                pushEmptyBin();
            }
            currentBin = bin;
        }
        for (int v = 0; v < VALUES; v++) {
            binSum[v] += values[v];
        }
        binCount++;
    }

    /** Centroid, roll-off and bandwidth of the magnitude spectrum, flatness of the power spectrum. */
    private void shape(float[] power) {
        int n = power.length;
        double magSum = 0;
        double weighted = 0;
        double powSum = 0;
        double logSum = 0;
        double product = 1;
        for (int k = 0; k < n; k++) {
            float m = (float) Math.sqrt(power[k]);
            mag[k] = m;
            magSum += m;
            weighted += m * freq[k];
            double p = Math.max(POWER_FLOOR, power[k]);
            powSum += p;
            product *= p;
            if (k % BINS_PER_LOG == BINS_PER_LOG - 1) {
                logSum += Math.log(product);
                product = 1;
            }
        }
        logSum += Math.log(product);
        double centroid = magSum > 0 ? weighted / magSum : 0;
        double spread = 0;
        double rolloff = 0;
        double cumulative = 0;
        boolean rolled = false;
        for (int k = 0; k < n; k++) {
            double d = freq[k] - centroid;
            spread += mag[k] * d * d;
            cumulative += mag[k];
            if (!rolled && cumulative >= ROLLOFF_SHARE * magSum) {
                rolloff = freq[k];
                rolled = true;
            }
        }
        values[CENTROID] = centroid;
        values[ROLLOFF] = magSum > 0 ? rolloff : 0;
        values[BANDWIDTH] = magSum > 0 ? Math.sqrt(spread / magSum) : 0;
        values[FLATNESS] = Math.exp(logSum / n) / (powSum / n);
    }

    /** Zero crossings per pair of neighbouring samples over the centre half of the frame (one hop long). */
    private double zeroCrossingRate(float[] time) {
        int crossings = 0;
        int hopStart = (size - size / 2) / 2;
        for (int i = hopStart + 1; i < hopStart + size / 2; i++) {
            if ((time[i] >= 0) != (time[i - 1] >= 0)) {
                crossings++;
            }
        }
        return crossings / (double) (size / 2 - 1);
    }

    private void pushEmptyBin() {
        for (int v = 0; v < VALUES; v++) {
            bins.add(Float.NaN);
        }
        bins.add(0);
    }

    private void flushBin() {
        if (currentBin < 0 || binCount == 0) {
            return;
        }
        for (int v = 0; v < VALUES; v++) {
            bins.add((float) (binSum[v] / binCount));
            binSum[v] = 0;
        }
        bins.add(binCount);
        binCount = 0;
    }

    /** Per-feature STFT-frame statistics and the 0.1 s bins, after the stream ended. */
    Result finish() {
        endStandalone();
        flushBin();
        int count = bins.size() / (VALUES + 1);
        float[][] perBin = new float[count][VALUES];
        int[] weights = new int[count];
        for (int i = 0; i < count; i++) {
            for (int v = 0; v < VALUES; v++) {
                perBin[i][v] = bins.get(i * (VALUES + 1) + v);
            }
            weights[i] = (int) bins.get(i * (VALUES + 1) + VALUES);
        }
        double[] mean = new double[VALUES];
        double[] variance = new double[VALUES];
        for (int v = 0; v < VALUES; v++) {
            mean[v] = frames > 0 ? sum[v] / frames : 0;
            variance[v] = frames > 0 ? Math.max(0, sumSquares[v] / frames - mean[v] * mean[v]) : 0;
        }
        return new Result(perBin, weights, mean, variance);
    }

    /** 0.1 s bins (NaN when a bin got no frame) with their frame counts, and global mean/variance per value. */
    record Result(float[][] bins, int[] binFrames, double[] mean, double[] variance) {}
}
