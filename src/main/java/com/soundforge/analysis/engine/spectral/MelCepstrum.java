package com.soundforge.analysis.engine.spectral;

/**
 * MFCC of a power spectrum: a bank of {@value #MEL_BANDS} triangular, area-normalised mel filters up to 8 kHz (or
 * Nyquist), log power in dB and an orthonormal DCT-II to {@code coefficients} coefficients. No allocation per frame.
 */
public final class MelCepstrum {

    private static final int MEL_BANDS = 40;
    private static final double TOP_HZ = 8000;
    /** Power floor before the logarithm (−100 dB). */
    private static final double POWER_FLOOR = 1e-10;

    private final double rate;
    private final int size;
    private final int coefficients;
    private final int[] melLo = new int[MEL_BANDS];
    private final int[] melHi = new int[MEL_BANDS];
    private final float[][] melWeights = new float[MEL_BANDS][];
    private final double[][] dct;
    private final double[] melDb = new double[MEL_BANDS];

    /** @param freq the frequency of each of the spectrum's {@code size / 2 + 1} bins, Hz */
    public MelCepstrum(double rate, int size, float[] freq, int coefficients) {
        this.rate = rate;
        this.size = size;
        this.coefficients = coefficients;
        designFilters(freq);
        dct = new double[coefficients][MEL_BANDS];
        for (int c = 0; c < coefficients; c++) {
            double scale = c == 0 ? Math.sqrt(1.0 / MEL_BANDS) : Math.sqrt(2.0 / MEL_BANDS);
            for (int b = 0; b < MEL_BANDS; b++) {
                dct[c][b] = scale * Math.cos(Math.PI * c * (b + 0.5) / MEL_BANDS);
            }
        }
    }

    private static double hzToMel(double f) {
        return 2595 * Math.log10(1 + f / 700);
    }

    private static double melToHz(double m) {
        return 700 * (Math.pow(10, m / 2595) - 1);
    }

    private void designFilters(float[] freq) {
        int bins = freq.length;
        double top = Math.min(TOP_HZ, rate / 2);
        double mTop = hzToMel(top);
        double[] edges = new double[MEL_BANDS + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = melToHz(mTop * i / (MEL_BANDS + 1));
        }
        for (int b = 0; b < MEL_BANDS; b++) {
            double lo = edges[b];
            double centre = edges[b + 1];
            double hi = edges[b + 2];
            int kLo = (int) Math.floor(lo * size / rate);
            int kHi = Math.min(bins - 1, (int) Math.ceil(hi * size / rate));
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
                // a band narrower than a bin still gets the bin nearest its centre
                int k = (int) Math.round(centre * size / rate);
                melWeights[b][Math.min(kHi, Math.max(kLo, k)) - kLo] = (float) norm;
            }
        }
    }

    /** Writes the coefficients of {@code power} to {@code out[0..coefficients)}. */
    public void compute(float[] power, double[] out) {
        for (int b = 0; b < MEL_BANDS; b++) {
            double e = 0;
            float[] w = melWeights[b];
            for (int k = melLo[b]; k <= melHi[b]; k++) {
                e += w[k - melLo[b]] * power[k];
            }
            melDb[b] = 10 * Math.log10(Math.max(POWER_FLOOR, e));
        }
        for (int c = 0; c < coefficients; c++) {
            double s = 0;
            for (int b = 0; b < MEL_BANDS; b++) {
                s += dct[c][b] * melDb[b];
            }
            out[c] = s;
        }
    }
}
