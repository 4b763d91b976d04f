package com.soundforge.analysis.engine;

import com.soundforge.analysis.Loudness;
import java.util.Arrays;

/**
 * ITU-R BS.1770-4 / EBU R128 loudness of all channels at the file's own sample rate.
 * <ul>
 *   <li>K-weighting: the two BS.1770 stages (high shelf, RLB high-pass), obtained for any sample rate by the
 *       bilinear transform (with pre-warping) of their analog prototypes;</li>
 *   <li>channel weights 1.0 (L, R, C), 0 (LFE, 4th of 6 channels), 1.41 (surrounds, 5th and 6th of 6);</li>
 *   <li>integrated loudness over 400 ms blocks with 75 % overlap, absolute gate −70 LUFS, relative gate −10 LU;</li>
 *   <li>loudness range (EBU Tech 3342): 3 s short-term loudness every 100 ms, gates −70 LUFS and −20 LU,
 *       10th to 95th percentile;</li>
 *   <li>true peak: 4× oversampling (2× from 96 kHz, none from 192 kHz) with a 64-tap polyphase FIR interpolator;</li>
 *   <li>sample peak and RMS (dBFS, a full-scale sine reads −3.01 dB RMS) and an energy curve: the K-weighted level of
 *       each 100 ms, in dB (LUFS scale), averaged down to {@code hopSeconds = max(0.1, duration / 3000)}.</li>
 * </ul>
 * Only 100 ms energies are kept (72,000 values for two hours). The result is null for digital silence.
 */
public final class LoudnessAnalyzer {

    private static final int TAPS_PER_PHASE = 16;
    private static final double FLOOR_DB = -120;

    private int channels;
    private int sampleRate;
    private double[][] kState;
    private double[] shelfB;
    private double[] shelfA;
    private double[] highpassA;
    private double[] weights;
    private int subBlockSize;
    private int subBlockFill;
    private double[] subBlockSums;
    private double[] subEnergies = new double[1024];
    private int subCount;
    private double sumSquares;
    private long samples;
    private float samplePeak;
    private int oversampling;
    private float[][] phases;
    private float gainBound;
    private float[][] history;
    private float[] work = new float[0];
    private double truePeak;

    /** @param totalFrames the declared length, or -1 (not needed; accepted for the common lifecycle) */
    public void start(int sampleRateHz, int channelCount, long totalFrames) {
        this.sampleRate = sampleRateHz;
        this.channels = channelCount;
        designKWeighting(sampleRateHz);
        kState = new double[channelCount][6];
        weights = new double[channelCount];
        for (int c = 0; c < channelCount; c++) {
            weights[c] = channelCount == 6 ? (c == 3 ? 0.0 : c >= 4 ? 1.41 : 1.0) : 1.0;
        }
        subBlockSize = Math.max(1, (int) Math.round(sampleRateHz * 0.1));
        subBlockSums = new double[channelCount];
        subBlockFill = 0;
        subCount = 0;
        sumSquares = 0;
        samples = 0;
        samplePeak = 0;
        truePeak = 0;
        oversampling = sampleRateHz >= 192000 ? 1 : sampleRateHz >= 96000 ? 2 : 4;
        designInterpolator();
        history = new float[channelCount][TAPS_PER_PHASE - 1];
    }

    private void designKWeighting(double fs) {
        // Stage 1: high shelf (head effects). Analog prototype parameters as used by libebur128 (MIT), derived from
        // the BS.1770 48 kHz coefficients; re-discretised here for fs.
        double f0 = 1681.974450955533;
        double g = 3.999843853973347;
        double q = 0.7071752369554196;
        double k = Math.tan(Math.PI * f0 / fs);
        double vh = Math.pow(10, g / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        shelfB = new double[] {(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0};
        shelfA = new double[] {1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
        // Stage 2: RLB high-pass.
        f0 = 38.13547087602444;
        q = 0.5003270373238773;
        k = Math.tan(Math.PI * f0 / fs);
        double d = 1 + k / q + k * k;
        highpassA = new double[] {1, 2 * (k * k - 1) / d, (1 - k / q + k * k) / d};
    }

    private void designInterpolator() {
        int length = TAPS_PER_PHASE * oversampling;
        phases = new float[oversampling][TAPS_PER_PHASE];
        gainBound = 1f;
        if (oversampling == 1) {
            phases[0][0] = 1f;
            return;
        }
        double[] h = new double[length];
        double centre = (length - 1) / 2.0;
        for (int i = 0; i < length; i++) {
            double t = (i - centre) / oversampling;
            h[i] = Dsp.sinc(t * 0.98) * Dsp.kaiser(i, length, 7.0);
        }
        for (int p = 0; p < oversampling; p++) {
            double sum = 0;
            for (int j = 0; j < TAPS_PER_PHASE; j++) {
                sum += h[j * oversampling + p];
            }
            double abs = 0;
            for (int j = 0; j < TAPS_PER_PHASE; j++) {
                phases[p][j] = (float) (h[j * oversampling + p] / sum);
                abs += Math.abs(phases[p][j]);
            }
            gainBound = (float) Math.max(gainBound, abs);
        }
    }

    public void process(float[][] planar, int frames) {
        if (frames <= 0) {
            return;
        }
        int done = 0;
        while (done < frames) {
            int take = Math.min(frames - done, subBlockSize - subBlockFill);
            for (int c = 0; c < channels; c++) {
                subBlockSums[c] += kWeightedSquares(planar[c], done, take, kState[c]);
            }
            subBlockFill += take;
            done += take;
            if (subBlockFill == subBlockSize) {
                double z = 0;
                for (int c = 0; c < channels; c++) {
                    z += weights[c] * subBlockSums[c] / subBlockSize;
                    subBlockSums[c] = 0;
                }
                if (subCount == subEnergies.length) {
                    subEnergies = Arrays.copyOf(subEnergies, subCount * 2);
                }
                subEnergies[subCount++] = z;
                subBlockFill = 0;
            }
        }
        for (int c = 0; c < channels; c++) {
            float[] x = planar[c];
            double sq = 0;
            float peak = samplePeak;
            for (int i = 0; i < frames; i++) {
                float v = x[i];
                sq += v * v;
                peak = Math.max(peak, Math.abs(v));
            }
            sumSquares += sq;
            samplePeak = peak;
            truePeak(c, x, frames);
        }
        samples += (long) frames * channels;
    }

    private double kWeightedSquares(float[] x, int from, int n, double[] s) {
        double b0 = shelfB[0];
        double b1 = shelfB[1];
        double b2 = shelfB[2];
        double a1 = shelfA[1];
        double a2 = shelfA[2];
        double c1 = highpassA[1];
        double c2 = highpassA[2];
        double x1 = s[0];
        double x2 = s[1];
        double y1 = s[2];
        double y2 = s[3];
        double sum = 0;
        // Direct form I for the shelf, then the high-pass (b = 1, -2, 1) in direct form II; state per channel in s.
        double w1 = s[4];
        double w2 = s[5];
        for (int i = from; i < from + n; i++) {
            double in = x[i];
            double y = b0 * in + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = in;
            y2 = y1;
            y1 = y;
            // high-pass: v[n] = y[n] - c1 v[n-1] - c2 v[n-2]; out = v[n] - 2 v[n-1] + v[n-2]
            double v = y - c1 * w1 - c2 * w2;
            double out = v - 2 * w1 + w2;
            w2 = w1;
            w1 = v;
            sum += out * out;
        }
        s[0] = x1;
        s[1] = x2;
        s[2] = y1;
        s[3] = y2;
        s[4] = w1;
        s[5] = w2;
        return sum;
    }

    private void truePeak(int c, float[] x, int frames) {
        int h = TAPS_PER_PHASE - 1;
        int total = h + frames;
        if (work.length < total) {
            work = new float[total + 4096];
        }
        System.arraycopy(history[c], 0, work, 0, h);
        System.arraycopy(x, 0, work, h, frames);
        final int chunk = 64;
        for (int start = h; start < total; start += chunk) {
            int end = Math.min(total, start + chunk);
            float m = 0;
            for (int i = start - h; i < end; i++) {
                m = Math.max(m, Math.abs(work[i]));
            }
            if (m * gainBound <= truePeak) {
                continue;
            }
            for (int i = start; i < end; i++) {
                for (int p = 0; p < oversampling; p++) {
                    float[] taps = phases[p];
                    float acc = 0;
                    for (int j = 0; j < TAPS_PER_PHASE; j++) {
                        acc += taps[j] * work[i - j];
                    }
                    float a = Math.abs(acc);
                    if (a > truePeak) {
                        truePeak = a;
                    }
                }
            }
        }
        System.arraycopy(work, total - h, history[c], 0, h);
    }

    /** @return the loudness, or null for digital silence or no input */
    public Loudness finish() {
        if (samples == 0 || samplePeak == 0) {
            return null;
        }
        // the interpolator's last samples
        float[] zeros = new float[TAPS_PER_PHASE];
        for (int c = 0; c < channels; c++) {
            truePeak(c, zeros, zeros.length);
        }
        double[] z = Arrays.copyOf(subEnergies, subCount);
        Double integrated = integrated(z);
        Double range = range(z);
        double tp = Math.max(truePeak, samplePeak);
        double duration = samples / (double) channels / sampleRate;
        double hop = Math.max(0.1, duration / 3000);
        return new Loudness(integrated, range, Dsp.round2(20 * Math.log10(tp)), Dsp.round2(20 * Math.log10(samplePeak)),
                Dsp.round2(10 * Math.log10(sumSquares / samples)), hop, energyCurve(z, hop));
    }

    private static double lufs(double energy) {
        return energy > 0 ? -0.691 + 10 * Math.log10(energy) : Double.NEGATIVE_INFINITY;
    }

    /** Mean energies of windows of {@code width} sub-blocks, one per sub-block step. */
    private static double[] windows(double[] z, int width) {
        if (z.length < width) {
            return new double[0];
        }
        double[] out = new double[z.length - width + 1];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            sum += z[i];
            if (i >= width) {
                sum -= z[i - width];
            }
            if (i >= width - 1) {
                out[i - width + 1] = Math.max(0, sum / width);
            }
        }
        return out;
    }

    private static Double integrated(double[] z) {
        double[] blocks = windows(z, 4);
        double abs = 0;
        int n = 0;
        for (double e : blocks) {
            if (lufs(e) > -70) {
                abs += e;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double relativeGate = lufs(abs / n) - 10;
        double sum = 0;
        int m = 0;
        for (double e : blocks) {
            double l = lufs(e);
            if (l > -70 && l > relativeGate) {
                sum += e;
                m++;
            }
        }
        return m == 0 ? null : Dsp.round2(lufs(sum / m));
    }

    private static Double range(double[] z) {
        double[] st = windows(z, 30);
        double abs = 0;
        int n = 0;
        for (double e : st) {
            if (lufs(e) > -70) {
                abs += e;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double relativeGate = lufs(abs / n) - 20;
        double[] gated = Arrays.stream(st).map(LoudnessAnalyzer::lufs).filter(l -> l > -70 && l > relativeGate)
                .sorted().toArray();
        if (gated.length == 0) {
            return null;
        }
        double lo = gated[(int) Math.round((gated.length - 1) * 0.10)];
        double hi = gated[(int) Math.round((gated.length - 1) * 0.95)];
        return Dsp.round2(hi - lo);
    }

    private static float[] energyCurve(double[] z, double hop) {
        int per = Math.max(1, (int) Math.round(hop / 0.1));
        int n = (z.length + per - 1) / per;
        float[] curve = new float[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int count = 0;
            for (int j = i * per; j < Math.min(z.length, (i + 1) * per); j++) {
                sum += z[j];
                count++;
            }
            double l = lufs(sum / Math.max(1, count));
            curve[i] = (float) Math.max(FLOOR_DB, l);
        }
        return curve;
    }
}
