package com.soundforge.analysis.engine;

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
    static final int MEL_BANDS = 40;
    static final int CONTRAST_BANDS = 7;
    /** Per-frame values: 13 MFCC, centroid, rolloff, bandwidth, flatness, 7 contrast, zcr. */
    static final int VALUES = MFCC + 4 + CONTRAST_BANDS + 1;
    static final int CENTROID = MFCC;
    static final int ROLLOFF = MFCC + 1;
    static final int BANDWIDTH = MFCC + 2;
    static final int FLATNESS = MFCC + 3;
    static final int CONTRAST = MFCC + 4;
    static final int ZCR = CONTRAST + CONTRAST_BANDS;
    static final double BIN_SECONDS = 0.1;

    private double rate;
    private int size;
    private float[] freq;
    private float[] mag;
    private int[] melLo;
    private int[] melHi;
    private float[][] melWeights;
    private double[][] dct;
    private int[] contrastLo;
    private int[] contrastHi;
    private final double[] values = new double[VALUES];
    private final double[] melDb = new double[MEL_BANDS];
    private float[] scratch;
    private float[] scratchLarge;
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
    void attach(FrontEnd frontEnd, long expectedSamples) {
        rate = inputRate(frontEnd);
        size = rate >= 16000 ? 2048 : 1024;
        frames(size, size / 2, this::frame);
        int bins1 = size / 2 + 1;
        freq = new float[bins1];
        for (int k = 0; k < bins1; k++) {
            freq[k] = (float) (k * rate / size);
        }
        mag = new float[bins1];
        scratch = new float[bins1];
        scratchLarge = new float[bins1];
        designMel(bins1);
        designContrast(bins1);
        int capacity = expectedSamples > 0
                ? (int) Math.min(1 << 24, (expectedSamples / rate / BIN_SECONDS + 4) * (VALUES + 1)) : 4096;
        bins = new FloatList(capacity);
        frontEnd.addWorkSink(this);
    }

    private static double hzToMel(double f) {
        return 2595 * Math.log10(1 + f / 700);
    }

    private static double melToHz(double m) {
        return 700 * (Math.pow(10, m / 2595) - 1);
    }

    private void designMel(int bins1) {
        double top = Math.min(8000, rate / 2);
        double mTop = hzToMel(top);
        double[] edges = new double[MEL_BANDS + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = melToHz(mTop * i / (MEL_BANDS + 1));
        }
        melLo = new int[MEL_BANDS];
        melHi = new int[MEL_BANDS];
        melWeights = new float[MEL_BANDS][];
        for (int b = 0; b < MEL_BANDS; b++) {
            double lo = edges[b];
            double centre = edges[b + 1];
            double hi = edges[b + 2];
            int kLo = (int) Math.floor(lo * size / rate);
            int kHi = Math.min(bins1 - 1, (int) Math.ceil(hi * size / rate));
            melLo[b] = kLo;
            melHi[b] = kHi;
            melWeights[b] = new float[kHi - kLo + 1];
            double norm = 2 / (hi - lo);
            boolean any = false;
            for (int k = kLo; k <= kHi; k++) {
                double f = freq[k];
                double w = f < centre ? (f - lo) / (centre - lo) : (hi - f) / (hi - centre);
                w = Math.max(0, w) * norm;
                melWeights[b][k - kLo] = (float) w;
                any |= w > 0;
            }
            if (!any) {
                int k = (int) Math.round(centre * size / rate);
                melWeights[b][Math.min(kHi, Math.max(kLo, k)) - kLo] = (float) norm;
            }
        }
        dct = new double[MFCC][MEL_BANDS];
        for (int c = 0; c < MFCC; c++) {
            double scale = c == 0 ? Math.sqrt(1.0 / MEL_BANDS) : Math.sqrt(2.0 / MEL_BANDS);
            for (int b = 0; b < MEL_BANDS; b++) {
                dct[c][b] = scale * Math.cos(Math.PI * c * (b + 0.5) / MEL_BANDS);
            }
        }
    }

    private void designContrast(int bins1) {
        contrastLo = new int[CONTRAST_BANDS];
        contrastHi = new int[CONTRAST_BANDS];
        double lo = 0;
        for (int b = 0; b < CONTRAST_BANDS; b++) {
            double hi = b == CONTRAST_BANDS - 1 ? rate / 2 : 200 * Math.pow(2, b);
            contrastLo[b] = Math.min(bins1 - 1, (int) Math.round(lo * size / rate));
            contrastHi[b] = Math.min(bins1, (int) Math.round(hi * size / rate) + 1);
            lo = hi;
        }
    }

    private void frame(int index, float[] power, float[] time) {
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
            double p = Math.max(1e-10, power[k]);
            powSum += p;
            product *= p;
            if ((k & 7) == 7) {
                // one logarithm per 8 bins (a product of 8 values >= 1e-10 stays far from underflow)
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
            if (!rolled && cumulative >= 0.85 * magSum) {
                rolloff = freq[k];
                rolled = true;
            }
        }
        values[CENTROID] = centroid;
        values[ROLLOFF] = magSum > 0 ? rolloff : 0;
        values[BANDWIDTH] = magSum > 0 ? Math.sqrt(spread / magSum) : 0;
        values[FLATNESS] = Math.exp(logSum / n) / (powSum / n);
        for (int b = 0; b < MEL_BANDS; b++) {
            double e = 0;
            float[] w = melWeights[b];
            for (int k = melLo[b]; k <= melHi[b]; k++) {
                e += w[k - melLo[b]] * power[k];
            }
            melDb[b] = 10 * Math.log10(Math.max(1e-10, e));
        }
        for (int c = 0; c < MFCC; c++) {
            double s = 0;
            for (int b = 0; b < MEL_BANDS; b++) {
                s += dct[c][b] * melDb[b];
            }
            values[c] = s;
        }
        for (int b = 0; b < CONTRAST_BANDS; b++) {
            values[CONTRAST + b] = contrast(power, contrastLo[b], contrastHi[b]);
        }
        int crossings = 0;
        int hopStart = (size - size / 2) / 2;
        for (int i = hopStart + 1; i < hopStart + size / 2; i++) {
            if ((time[i] >= 0) != (time[i - 1] >= 0)) {
                crossings++;
            }
        }
        values[ZCR] = crossings / (double) (size / 2 - 1);
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

    /** Peak minus valley (mean of the top and bottom 2 % of the band's power), in dB. */
    private double contrast(float[] power, int lo, int hi) {
        int n = hi - lo;
        if (n <= 0) {
            return 0;
        }
        int q = Math.max(1, (int) Math.round(0.02 * n));
        if (q == 1) {
            float mn = Float.MAX_VALUE;
            float mx = 0;
            for (int k = lo; k < hi; k++) {
                mn = Math.min(mn, power[k]);
                mx = Math.max(mx, power[k]);
            }
            return 10 * Math.log10((mx + 1e-10) / (mn + 1e-10));
        }
        // the q smallest and q largest values by insertion into two short sorted lists (q is small)
        float[] smallest = scratch;
        float[] largest = scratchLarge;
        int ns = 0;
        int nl = 0;
        for (int k = lo; k < hi; k++) {
            float v = power[k];
            if (ns < q || v < smallest[ns - 1]) {
                int i = ns < q ? ns++ : ns - 1;
                while (i > 0 && smallest[i - 1] > v) {
                    smallest[i] = smallest[i - 1];
                    i--;
                }
                smallest[i] = v;
            }
            if (nl < q || v > largest[nl - 1]) {
                int i = nl < q ? nl++ : nl - 1;
                while (i > 0 && largest[i - 1] < v) {
                    largest[i] = largest[i - 1];
                    i--;
                }
                largest[i] = v;
            }
        }
        double valley = 0;
        double peak = 0;
        for (int i = 0; i < q; i++) {
            valley += smallest[i];
            peak += largest[i];
        }
        return 10 * Math.log10((peak / q + 1e-10) / (valley / q + 1e-10));
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
    record Result(float[][] bins, int[] binFrames, double[] mean, double[] variance) {
    }
}
