package com.soundforge.separation.engine;

/**
 * Multichannel Wiener refinement (one EM step of the local Gaussian model): each source j gets a 2×2 spatial
 * covariance R_j(f) per frequency, learned over the chunk from its soft-masked estimate, and a power v_j(f,t);
 * its estimate is {@code y_j = v_j R_j (Σ_k v_k R_k)⁻¹ x}. Because every R_j is regularised to be positive
 * definite, the filters of all sources add up to the identity, so the estimates add up to the mixture. For
 * mono input R_j = 1 and this reduces to the soft masks themselves.
 * <p>
 * Use: {@link #prepare}, then {@link #refine} (stereo: a second, damped EM step), then {@link #solve} (which
 * replaces the mixture spectra by {@code z = Σ⁻¹ x}), then {@link #filter} per source.
 */
final class SpatialWiener {

    /** Diagonal loading of each normalised (trace 2) spatial covariance. */
    private static final float LOADING = 0.01f;

    /**
     * The bass is mixed mono in the centre: its spatial covariance is fixed to [1, 1−δ; 1−δ, 1] with this small
     * diffuse part δ instead of learned from its first estimate, which carries some of the panned sources too.
     */
    static final float BASS_DIFFUSE = 0.02f;
    /**
     * How far the second EM step moves each source's power towards the power of its first Wiener estimate: a full
     * step trusts the leakage in those estimates as much as their content and gained less or lost on synthetic
     * mixes; a step of 0.3 to 0.7 gains about 0.05 dB on average.
     */
    static final float REFINE_STEP = 0.5f;

    private final Parallel parallel;
    /** Per source and bin: R = [a, b; conj(b), d], stored as a, d, re(b), im(b). */
    private float[][] covariance = new float[Spectra.SOURCES][0];

    SpatialWiener(Parallel parallel) {
        this.parallel = parallel;
    }

    /** Turns the source powers into soft masks (v'_j = m_j P) and learns the spatial covariances. */
    void prepare(Spectra s) {
        int bins = s.bins;
        parallel.forRange(s.frames, (from, to) -> {
            for (int i = from * bins; i < to * bins; i++) {
                float total = 1e-30f;
                for (int j = 0; j < Spectra.SOURCES; j++) {
                    total += s.sourcePower[j][i];
                }
                // drums against the rest with a linear mask, then the harmonic sources among themselves with
                // squared (Wiener) shares; the resulting masks sum to 1 and v'_j = m_j * P keeps them as they are
                float drums = s.sourcePower[Spectra.DRUMS][i] / total;
                float harmonicSquares = 1e-30f;
                for (int j = 0; j < Spectra.SOURCES; j++) {
                    if (j != Spectra.DRUMS) {
                        float share = s.sourcePower[j][i] / total;
                        harmonicSquares += share * share;
                    }
                }
                for (int j = 0; j < Spectra.SOURCES; j++) {
                    float share = s.sourcePower[j][i] / total;
                    float mask = j == Spectra.DRUMS ? drums : (1 - drums) * share * share / harmonicSquares;
                    s.sourcePower[j][i] = mask * total;
                }
            }
        });
        if (s.channels < 2) {
            return;
        }
        learnCovariances(s);
    }

    /**
     * Stereo only: moves each source's power {@link #REFINE_STEP} of the way to the mean channel power of its
     * Wiener estimate, then learns the spatial covariances again.
     */
    void refine(Spectra s) {
        if (s.channels < 2) {
            return;
        }
        int bins = s.bins;
        parallel.forRange(s.frames, (from, to) -> {
            float[] z = new float[4];
            float[] y = new float[4];
            for (int i = from * bins; i < to * bins; i++) {
                int k = i % bins;
                if (!solveBin(s, i, k, z)) {
                    continue;
                }
                // z holds the old powers' solve, and y_j needs only z and v_j: each power can be updated in place
                for (int j = 0; j < Spectra.SOURCES; j++) {
                    float v = s.sourcePower[j][i];
                    estimate(covariance[j], k, v, z, y);
                    float power = 0.5f * (y[0] * y[0] + y[1] * y[1] + y[2] * y[2] + y[3] * y[3]);
                    s.sourcePower[j][i] = v + REFINE_STEP * (power - v);
                }
            }
        });
        learnCovariances(s);
    }

    /** Stereo only: replaces the mixture spectra {@code x} by {@code z = Σ⁻¹ x}, Σ = Σ_k v_k R_k (0 where singular). */
    void solve(Spectra s) {
        if (s.channels < 2) {
            return;
        }
        int bins = s.bins;
        parallel.forRange(s.frames, (from, to) -> {
            float[] z = new float[4];
            for (int i = from * bins; i < to * bins; i++) {
                if (!solveBin(s, i, i % bins, z)) {
                    z[0] = z[1] = z[2] = z[3] = 0;
                }
                s.re[0][i] = z[0];
                s.im[0][i] = z[1];
                s.re[1][i] = z[2];
                s.im[1][i] = z[3];
            }
        });
    }

    /** z = Σ⁻¹ x at bin index i (frequency k) as {re0, im0, re1, im1}; false where Σ is singular. */
    private boolean solveBin(Spectra s, int i, int k, float[] z) {
        float a = 1e-12f, d = 1e-12f, br = 0, bi = 0;
        for (int q = 0; q < Spectra.SOURCES; q++) {
            float v = s.sourcePower[q][i];
            float[] r = covariance[q];
            a += v * r[4 * k];
            d += v * r[4 * k + 1];
            br += v * r[4 * k + 2];
            bi += v * r[4 * k + 3];
        }
        float det = a * d - (br * br + bi * bi);
        if (!(det > 1e-30f)) {
            return false;
        }
        float inv = 1f / det;
        // Σ⁻¹ = [d, -b; -conj(b), a] / det
        float xlr = s.re[0][i], xli = s.im[0][i], xrr = s.re[1][i], xri = s.im[1][i];
        z[0] = (d * xlr - (br * xrr - bi * xri)) * inv;
        z[1] = (d * xli - (br * xri + bi * xrr)) * inv;
        z[2] = (a * xrr - (br * xlr + bi * xli)) * inv;
        z[3] = (a * xri - (br * xli - bi * xlr)) * inv;
        return true;
    }

    /** y = v R z for one source's covariance {@code r} at frequency k, as {re0, im0, re1, im1}. */
    private static void estimate(float[] r, int k, float v, float[] z, float[] y) {
        float ja = r[4 * k], jd = r[4 * k + 1], jbr = r[4 * k + 2], jbi = r[4 * k + 3];
        y[0] = v * (ja * z[0] + (jbr * z[2] - jbi * z[3]));
        y[1] = v * (ja * z[1] + (jbr * z[3] + jbi * z[2]));
        y[2] = v * ((jbr * z[0] + jbi * z[1]) + jd * z[2]);
        y[3] = v * ((jbr * z[1] - jbi * z[0]) + jd * z[3]);
    }

    private void learnCovariances(Spectra s) {
        int bins = s.bins;
        if (covariance[0].length < 4 * bins) {
            covariance = new float[Spectra.SOURCES][4 * bins];
        }
        int slices = Math.min(parallel.workers(), s.frames);
        double[][][] sums = new double[slices][Spectra.SOURCES][4 * bins];
        parallel.forRange(slices, (from, to) -> {
            for (int slice = from; slice < to; slice++) {
                accumulate(s, s.frames * slice / slices, s.frames * (slice + 1) / slices, sums[slice]);
            }
        });
        for (int j = 0; j < Spectra.SOURCES; j++) {
            float[] r = covariance[j];
            for (int k = 0; k < bins; k++) {
                if (j == Spectra.BASS) {
                    r[4 * k] = r[4 * k + 1] = 1;
                    r[4 * k + 2] = 1 - BASS_DIFFUSE;
                    r[4 * k + 3] = 0;
                    continue;
                }
                double a = 0, d = 0, br = 0, bi = 0;
                for (double[][] slice : sums) {
                    a += slice[j][4 * k];
                    d += slice[j][4 * k + 1];
                    br += slice[j][4 * k + 2];
                    bi += slice[j][4 * k + 3];
                }
                double trace = a + d;
                if (trace < 1e-20) {
                    r[4 * k] = r[4 * k + 1] = 1;
                    r[4 * k + 2] = r[4 * k + 3] = 0;
                } else {
                    double norm = 2 / trace;
                    r[4 * k] = (float) (a * norm) + LOADING;
                    r[4 * k + 1] = (float) (d * norm) + LOADING;
                    r[4 * k + 2] = (float) (br * norm);
                    r[4 * k + 3] = (float) (bi * norm);
                }
            }
        }
    }

    /**
     * Sums m_j x x^H over frames [from, to) per source and bin (m_j = v_j / P): the source's weighted covariance;
     * not for the bass, whose covariance is fixed.
     */
    private static void accumulate(Spectra s, int from, int to, double[][] sums) {
        int bins = s.bins;
        float[] lr = s.re[0], li = s.im[0], rr = s.re[1], ri = s.im[1];
        for (int t = from; t < to; t++) {
            for (int k = 0; k < bins; k++) {
                int i = t * bins + k;
                float pl = lr[i] * lr[i] + li[i] * li[i];
                float pr = rr[i] * rr[i] + ri[i] * ri[i];
                float mix = 0.5f * (pl + pr) + 1e-30f;
                float cr = lr[i] * rr[i] + li[i] * ri[i];
                float ci = li[i] * rr[i] - lr[i] * ri[i];
                for (int j = 0; j < Spectra.SOURCES; j++) {
                    if (j == Spectra.BASS) {
                        continue;
                    }
                    float w = s.sourcePower[j][i] / mix;
                    double[] sum = sums[j];
                    sum[4 * k] += w * pl;
                    sum[4 * k + 1] += w * pr;
                    sum[4 * k + 2] += w * cr;
                    sum[4 * k + 3] += w * ci;
                }
            }
        }
    }

    /** Writes source {@code j}'s estimate per channel into {@code outRe}/{@code outIm} (stereo: after {@link #solve}). */
    void filter(Spectra s, int j, float[][] outRe, float[][] outIm) {
        int bins = s.bins;
        parallel.forRange(s.frames, (from, to) -> {
            for (int t = from; t < to; t++) {
                int row = t * bins;
                if (s.channels < 2) {
                    for (int c = 0; c < s.channels; c++) {
                        filterMono(s, j, c, row, bins, outRe[c], outIm[c]);
                    }
                } else {
                    filterStereo(s, j, row, bins, outRe, outIm);
                }
            }
        });
    }

    private static void filterMono(Spectra s, int j, int c, int row, int bins, float[] outRe, float[] outIm) {
        for (int i = row; i < row + bins; i++) {
            float total = 1e-30f;
            for (int k = 0; k < Spectra.SOURCES; k++) {
                total += s.sourcePower[k][i];
            }
            float mask = s.sourcePower[j][i] / total;
            outRe[i] = mask * s.re[c][i];
            outIm[i] = mask * s.im[c][i];
        }
    }

    /** Stereo, after {@link #solve}: y = v_j R_j z ({@link #estimate} written out, as this is the hot loop). */
    private void filterStereo(Spectra s, int j, int row, int bins, float[][] outRe, float[][] outIm) {
        float[] zr0 = s.re[0], zi0 = s.im[0], zr1 = s.re[1], zi1 = s.im[1];
        float[] rj = covariance[j];
        float[] sourcePower = s.sourcePower[j];
        for (int k = 0; k < bins; k++) {
            int i = row + k;
            float v = sourcePower[i];
            float ja = rj[4 * k], jd = rj[4 * k + 1], jbr = rj[4 * k + 2], jbi = rj[4 * k + 3];
            float z0r = zr0[i], z0i = zi0[i], z1r = zr1[i], z1i = zi1[i];
            outRe[0][i] = v * (ja * z0r + (jbr * z1r - jbi * z1i));
            outIm[0][i] = v * (ja * z0i + (jbr * z1i + jbi * z1r));
            outRe[1][i] = v * ((jbr * z0r + jbi * z0i) + jd * z1r);
            outIm[1][i] = v * ((jbr * z0i - jbi * z0r) + jd * z1i);
        }
    }
}
