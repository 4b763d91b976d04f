package com.soundforge.analysis.engine;

import java.util.Arrays;

/** Small numeric helpers shared by the analyzers (public for the analyzers' step packages). */
public final class Dsp {

    private Dsp() {}

    /** Zeroth-order modified Bessel function of the first kind (for Kaiser windows). */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < sum * 1e-16) {
                break;
            }
        }
        return sum;
    }

    public static double kaiser(int i, int n, double beta) {
        double r = 2.0 * i / (n - 1) - 1;
        return besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / besselI0(beta);
    }

    public static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    public static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    public static double mean(float[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return to > from ? s / (to - from) : 0;
    }

    /** Maximum of x over [center - half, center + half], clipped to the array. */
    public static float maxAround(float[] x, int center, int half) {
        int a = Math.max(0, center - half);
        int b = Math.min(x.length - 1, center + half);
        float m = 0;
        for (int i = a; i <= b; i++) {
            m = Math.max(m, x[i]);
        }
        return m;
    }

    /** Linear interpolation of x at a fractional index (0 outside). */
    static double at(float[] x, double index) {
        if (index < 0 || index > x.length - 1) {
            return 0;
        }
        int i = (int) index;
        double f = index - i;
        return i + 1 < x.length ? x[i] * (1 - f) + x[i + 1] * f : x[i];
    }

    /** Pearson correlation of two equally long vectors. */
    public static double correlation(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
    }
}
