package com.soundforge.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds waveform overviews from planar blocks at several zoom levels in one pass.
 * <p>
 * Each peak holds the lowest and the highest sample found in <em>any</em> channel during its frames.
 * Unlike a mono mix this never cancels out-of-phase channels, and unlike a max-abs envelope it keeps an
 * asymmetric waveform's shape. Memory grows with the number of peaks only, never with block size.
 */
public final class WaveformBuilder {

    public static final List<Integer> DEFAULT_FRAMES_PER_PEAK = List.of(256, 1024, 4096, 16384);

    private final List<Level> levels = new ArrayList<>();
    private float[] frameMin = new float[0];
    private float[] frameMax = new float[0];
    private float peakAmplitude;
    private long frames;
    private boolean finished;

    public WaveformBuilder() {
        this(DEFAULT_FRAMES_PER_PEAK);
    }

    public WaveformBuilder(List<Integer> framesPerPeak) {
        if (framesPerPeak.isEmpty()) {
            throw new IllegalArgumentException("at least one zoom level is needed");
        }
        for (int perPeak : framesPerPeak) {
            if (perPeak < 1) {
                throw new IllegalArgumentException("frames per peak must be positive: " + perPeak);
            }
            levels.add(new Level(perPeak));
        }
    }

    /** Adds {@code frames} frames; {@code planar} holds one array per channel. */
    public void accept(float[][] planar, int frames) {
        if (finished) {
            throw new IllegalStateException("the waveform is already finished");
        }
        if (frameMin.length < frames) {
            frameMin = new float[frames];
            frameMax = new float[frames];
        }
        float peak = peakAmplitude;
        for (int i = 0; i < frames; i++) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (float[] channel : planar) {
                float sample = channel[i];
                if (sample < lo) {
                    lo = sample;
                }
                if (sample > hi) {
                    hi = sample;
                }
            }
            frameMin[i] = lo;
            frameMax[i] = hi;
            peak = Math.max(peak, Math.max(-lo, hi));
        }
        peakAmplitude = peak;
        for (Level level : levels) {
            level.accept(frameMin, frameMax, frames);
        }
        this.frames += frames;
    }

    /** The largest absolute sample value seen so far. */
    public float peakAmplitude() {
        return peakAmplitude;
    }

    public long frames() {
        return frames;
    }

    /** Closes the last, possibly partial, peak of every level; the builder accepts nothing afterwards. */
    public List<WaveformLevel> finish() {
        finished = true;
        return levels.stream().map(Level::finish).toList();
    }

    private static final class Level {
        private final int framesPerPeak;
        private byte[] peaks = new byte[256];
        private int peakCount;
        private float bucketMin = Float.POSITIVE_INFINITY;
        private float bucketMax = Float.NEGATIVE_INFINITY;
        private int framesInBucket;

        Level(int framesPerPeak) {
            this.framesPerPeak = framesPerPeak;
        }

        void accept(float[] mins, float[] maxs, int frames) {
            int i = 0;
            while (i < frames) {
                int end = i + Math.min(frames - i, framesPerPeak - framesInBucket);
                float lo = bucketMin;
                float hi = bucketMax;
                for (int k = i; k < end; k++) {
                    if (mins[k] < lo) {
                        lo = mins[k];
                    }
                    if (maxs[k] > hi) {
                        hi = maxs[k];
                    }
                }
                bucketMin = lo;
                bucketMax = hi;
                framesInBucket += end - i;
                i = end;
                if (framesInBucket == framesPerPeak) {
                    closeBucket();
                }
            }
        }

        private void closeBucket() {
            if (2 * peakCount + 2 > peaks.length) {
                peaks = Arrays.copyOf(peaks, peaks.length * 2);
            }
            peaks[2 * peakCount] = quantize(bucketMin);
            peaks[2 * peakCount + 1] = quantize(bucketMax);
            peakCount++;
            bucketMin = Float.POSITIVE_INFINITY;
            bucketMax = Float.NEGATIVE_INFINITY;
            framesInBucket = 0;
        }

        WaveformLevel finish() {
            if (framesInBucket > 0) {
                closeBucket();
            }
            return new WaveformLevel(framesPerPeak, peakCount, Arrays.copyOf(peaks, 2 * peakCount));
        }

        private static byte quantize(float value) {
            if (!(value > -1f)) {
                return -127;
            }
            return (byte) Math.round(Math.min(value, 1f) * 127f);
        }
    }
}
