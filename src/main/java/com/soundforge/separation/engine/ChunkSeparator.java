package com.soundforge.separation.engine;

import com.soundforge.dsp.Stft;
import org.jspecify.annotations.Nullable;

/** Separates one chunk of planar samples: STFT, source model, spatial Wiener filter, inverse STFT per stem. */
final class ChunkSeparator {

    private final Stft stft;
    private final SourceModel model;
    private final SpatialWiener wiener;
    private final Parallel parallel;
    private final int channels;
    private final int estimatedStems;
    private @Nullable Spectra spectra;

    ChunkSeparator(
            Stft stft, SourceModel model, SpatialWiener wiener, Parallel parallel, int channels, int estimatedStems) {
        this.stft = stft;
        this.model = model;
        this.wiener = wiener;
        this.parallel = parallel;
        this.channels = channels;
        this.estimatedStems = estimatedStems;
    }

    /**
     * Writes the estimates of stems [0, estimatedStems) for {@code region[c][0..length)} into
     * {@code out[stem][c][0..length)}; samples within one FFT size of either end are not reconstructed.
     */
    void separate(float[][] region, int length, float[][][] out) {
        int frames = stft.frames(length);
        if (spectra == null || spectra.capacityFrames < frames) {
            spectra = null;
            spectra = new Spectra(channels, stft.bins(), frames);
        }
        Spectra s = spectra;
        s.frames = frames;
        for (int c = 0; c < channels; c++) {
            int channel = c;
            parallel.forRange(
                    frames,
                    (from, to) -> stft.forward(
                            region[channel], from, to, s.re[channel], s.im[channel], new float[stft.size()]));
        }
        model.estimate(s);
        wiener.prepare(s);
        wiener.refine(s);
        wiener.solve(s);
        float[][] outRe = channels == 1 ? new float[][] {s.power} : new float[][] {s.power, s.harmonic};
        float[][] outIm = channels == 1 ? new float[][] {s.harmonic} : new float[][] {s.percussive, s.centre};
        for (int stem = 0; stem < estimatedStems; stem++) {
            wiener.filter(s, stem, outRe, outIm);
            int current = stem;
            parallel.forRange(channels, (from, to) -> {
                float[] scratch = new float[stft.size()];
                for (int c = from; c < to; c++) {
                    java.util.Arrays.fill(out[current][c], 0, length, 0f);
                    stft.inverseAdd(outRe[c], outIm[c], 0, frames, out[current][c], scratch);
                }
            });
        }
    }
}
