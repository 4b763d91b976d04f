package com.soundforge.analysis.engine.loudness;

/**
 * The BS.1770 K-weighting filter for any sample rate: a high shelf (head effects) then the RLB high-pass, both
 * re-discretised from their analog prototypes by the bilinear transform with pre-warping. Stateless; each channel
 * keeps its own {@link #STATE_SIZE} doubles of filter state.
 */
public final class KWeighting {

    /** Filter state per channel: the shelf's last two inputs and outputs, the high-pass's last two states. */
    public static final int STATE_SIZE = 6;
    // Analog prototype parameters as used by libebur128 (MIT), derived from the BS.1770 48 kHz coefficients.
    private static final double SHELF_HZ = 1681.974450955533;
    private static final double SHELF_GAIN_DB = 3.999843853973347;
    private static final double SHELF_Q = 0.7071752369554196;
    private static final double SHELF_BAND_EXPONENT = 0.4996667741545416;
    private static final double HIGHPASS_HZ = 38.13547087602444;
    private static final double HIGHPASS_Q = 0.5003270373238773;

    private final double[] shelfB;
    private final double[] shelfA;
    private final double[] highpassA;

    public KWeighting(double fs) {
        double k = Math.tan(Math.PI * SHELF_HZ / fs);
        double vh = Math.pow(10, SHELF_GAIN_DB / 20);
        double vb = Math.pow(vh, SHELF_BAND_EXPONENT);
        double q = SHELF_Q;
        double a0 = 1 + k / q + k * k;
        shelfB = new double[] {(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0};
        shelfA = new double[] {1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
        q = HIGHPASS_Q;
        k = Math.tan(Math.PI * HIGHPASS_HZ / fs);
        double d = 1 + k / q + k * k;
        highpassA = new double[] {1, 2 * (k * k - 1) / d, (1 - k / q + k * k) / d};
    }

    /** Filters {@code x[from, from + n)} with the channel's state {@code s} and returns the sum of squared outputs. */
    public double squares(float[] x, int from, int n, double[] s) {
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
}
