package com.soundforge.analysis.engine;

import com.soundforge.analysis.Loudness;
import com.soundforge.analysis.engine.loudness.GatedLoudness;
import com.soundforge.analysis.engine.loudness.KWeighting;
import com.soundforge.analysis.engine.loudness.TruePeakMeter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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
 * Only 100 ms energies are kept (72,000 values for two hours). The result is null for digital silence. The steps are
 * {@link KWeighting}, {@link TruePeakMeter} and {@link GatedLoudness}.
 */
public final class LoudnessAnalyzer {

    /** The LFE channel of a 5.1 (six-channel) file, which BS.1770 leaves out. */
    private static final int LFE_CHANNEL = 3;
    /** The surround channels of a 5.1 file (from the 5th on) weigh +1.5 dB. */
    private static final int FIRST_SURROUND_CHANNEL = 4;

    private static final double SURROUND_WEIGHT = 1.41;
    /** The energy curve has at most this many points, so its hop grows beyond 0.1 s for long files. */
    private static final int MAX_CURVE_POINTS = 3000;

    private int channels;
    private int sampleRate;
    private KWeighting kWeighting;
    private double[][] kState;
    private double[] weights;
    private int subBlockSize;
    private int subBlockFill;
    private double[] subBlockSums;
    private double[] subEnergies = new double[1024];
    private int subCount;
    private double sumSquares;
    private long samples;
    private float samplePeak;
    private TruePeakMeter truePeak;

    /** @param totalFrames the declared length, or -1 (not needed; accepted for the common lifecycle) */
    @Initializer
    public void start(int sampleRateHz, int channelCount, long totalFrames) {
        this.sampleRate = sampleRateHz;
        this.channels = channelCount;
        kWeighting = new KWeighting(sampleRateHz);
        kState = new double[channelCount][KWeighting.STATE_SIZE];
        weights = new double[channelCount];
        for (int c = 0; c < channelCount; c++) {
            weights[c] = channelCount == 6
                    ? (c == LFE_CHANNEL ? 0.0 : c >= FIRST_SURROUND_CHANNEL ? SURROUND_WEIGHT : 1.0)
                    : 1.0;
        }
        subBlockSize = Math.max(1, (int) Math.round(sampleRateHz * GatedLoudness.SUB_BLOCK_SECONDS));
        subBlockSums = new double[channelCount];
        subBlockFill = 0;
        subCount = 0;
        sumSquares = 0;
        samples = 0;
        samplePeak = 0;
        truePeak = new TruePeakMeter(sampleRateHz, channelCount);
    }

    public void process(float[][] planar, int frames) {
        if (frames <= 0) {
            return;
        }
        int done = 0;
        while (done < frames) {
            int take = Math.min(frames - done, subBlockSize - subBlockFill);
            for (int c = 0; c < channels; c++) {
                subBlockSums[c] += kWeighting.squares(planar[c], done, take, kState[c]);
            }
            subBlockFill += take;
            done += take;
            if (subBlockFill == subBlockSize) {
                endSubBlock();
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
            truePeak.measure(c, x, frames);
        }
        samples += (long) frames * channels;
    }

    /** Keeps the channel-weighted mean square of the sub-block just filled. */
    private void endSubBlock() {
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

    /** @return the loudness, or null for digital silence or no input */
    public @Nullable Loudness finish() {
        if (samples == 0 || samplePeak == 0) {
            return null;
        }
        truePeak.flush();
        double[] z = Arrays.copyOf(subEnergies, subCount);
        Double integrated = GatedLoudness.integrated(z);
        Double range = GatedLoudness.range(z);
        double tp = Math.max(truePeak.peak(), samplePeak);
        double duration = samples / (double) channels / sampleRate;
        double hop = Math.max(GatedLoudness.SUB_BLOCK_SECONDS, duration / MAX_CURVE_POINTS);
        return new Loudness(
                integrated,
                range,
                Dsp.round2(20 * Math.log10(tp)),
                Dsp.round2(20 * Math.log10(samplePeak)),
                Dsp.round2(10 * Math.log10(sumSquares / samples)),
                hop,
                GatedLoudness.energyCurve(z, hop));
    }
}
