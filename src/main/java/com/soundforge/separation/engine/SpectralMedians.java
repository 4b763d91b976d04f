package com.soundforge.separation.engine;

/**
 * The source model's median filters for the harmonic/percussive split: each bin's median over time into
 * {@code harmonic} (smooth across time: sustained sound) and each frame's median across frequency into
 * {@code percussive} (smooth across frequency: broadband hits), both of the magnitude in {@code power}.
 */
final class SpectralMedians {

    /** Harmonic median length (time) and percussive median length (frequency). */
    static final float HARMONIC_SECONDS = 0.4f;

    static final float PERCUSSIVE_HZ = 360f;
    /** The percussive median's length in the low band, and where the low band's length starts to widen. */
    static final float LOW_PERCUSSIVE_HZ = 180f;

    static final float LOW_MEDIAN_BELOW_HZ = 300f;
    /** Median lengths are odd and at least this long. */
    private static final int MIN_MEDIAN_LENGTH = 3;
    /** Bins whose time medians one task filters together (one transposition into columns per block). */
    private static final int BLOCK_BINS = 16;

    private final float sampleRateHz;
    private final int fftSize;
    private final Parallel parallel;

    SpectralMedians(float sampleRateHz, int fftSize, Parallel parallel) {
        this.sampleRateHz = sampleRateHz;
        this.fftSize = fftSize;
        this.parallel = parallel;
    }

    void compute(Spectra s) {
        harmonicMedians(s);
        percussiveMedians(s);
    }

    private float binHz() {
        return sampleRateHz / fftSize;
    }

    /** The median over {@link #HARMONIC_SECONDS} of each bin into {@code harmonic}, in blocks of bins. */
    private void harmonicMedians(Spectra s) {
        int frames = s.frames;
        int bins = s.bins;
        int hopsPerSecond = Math.round(sampleRateHz / (fftSize / (float) StemSeparator.HOPS_PER_FRAME));
        int timeLength = Math.max(MIN_MEDIAN_LENGTH, Math.round(HARMONIC_SECONDS * hopsPerSecond)) | 1;
        int blockBins = BLOCK_BINS;
        parallel.forRange((bins + blockBins - 1) / blockBins, (from, to) -> {
            SlidingMedian median = new SlidingMedian(timeLength);
            float[] columns = new float[blockBins * frames];
            float[] filtered = new float[blockBins * frames];
            for (int block = from; block < to; block++) {
                int first = block * blockBins;
                int count = Math.min(blockBins, bins - first);
                for (int t = 0; t < frames; t++) {
                    for (int j = 0; j < count; j++) {
                        columns[j * frames + t] = s.power[t * bins + first + j];
                    }
                }
                for (int j = 0; j < count; j++) {
                    median.filter(columns, filtered, j * frames, 1, frames);
                }
                for (int t = 0; t < frames; t++) {
                    for (int j = 0; j < count; j++) {
                        s.harmonic[t * bins + first + j] = filtered[j * frames + t];
                    }
                }
            }
        });
    }

    /**
     * The median across frequency of each frame into {@code percussive}: {@link #PERCUSSIVE_HZ} wide, but only
     * {@link #LOW_PERCUSSIVE_HZ} below {@link #LOW_MEDIAN_BELOW_HZ}, widening up to twice that frequency. The wide
     * window's level scatters less on a noisy hit (snare, hats); in the low band it would reach across kick and bass
     * alike.
     */
    private void percussiveMedians(Spectra s) {
        int bins = s.bins;
        int length = Math.max(MIN_MEDIAN_LENGTH, Math.round(PERCUSSIVE_HZ / binHz())) | 1;
        int lowLength = Math.max(MIN_MEDIAN_LENGTH, Math.round(LOW_PERCUSSIVE_HZ / binHz())) | 1;
        int blendBins = Math.min(bins, (int) Math.ceil(2 * LOW_MEDIAN_BELOW_HZ / binHz()) + 1);
        int lowCount = Math.min(bins, blendBins + lowLength / 2);
        parallel.forRange(s.frames, (from, to) -> {
            SlidingMedian median = new SlidingMedian(length);
            SlidingMedian lowMedian = new SlidingMedian(lowLength);
            float[] low = new float[lowCount];
            float[] lowFiltered = new float[lowCount];
            for (int t = from; t < to; t++) {
                int row = t * bins;
                median.filter(s.power, s.percussive, row, 1, bins);
                System.arraycopy(s.power, row, low, 0, lowCount);
                lowMedian.filter(low, lowFiltered, 0, 1, lowCount);
                for (int k = 0; k < blendBins; k++) {
                    float wide = SourceModel.clamp01((k * binHz() - LOW_MEDIAN_BELOW_HZ) / LOW_MEDIAN_BELOW_HZ);
                    s.percussive[row + k] = lowFiltered[k] + wide * (s.percussive[row + k] - lowFiltered[k]);
                }
            }
        });
    }
}
