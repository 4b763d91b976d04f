package com.soundforge.daw.engine;

/**
 * Time-stretches a stereo stream without changing its pitch: output frame {@code m} plays source position
 * {@code m · s}. A Java port of the DJ deck's WSOLA ({@code frontend/dj/audio/deck-processor.ts}, class Wsola):
 * frames of {@code W} samples (the first power of two from 1024 up that is at least 0.04 · R), synthesis hop
 * {@code W/2} with a Hann window, each new frame placed within ±8 ms of its nominal source position where its mono
 * sum (L + R) best matches the natural continuation of the previous frame; both channels use that one alignment.
 * Unlike the deck, which accumulates its position, the nominal position of output frame {@code m} is exactly
 * {@code m · s}.
 * <p>
 * <b>Chunk rule.</b> The output is cut into chunks of {@code C = 4 · R} frames, and chunk {@code k} (frames
 * {@code [k·C, (k+1)·C)}) is computed on its own, so it is the same bytes whoever computes it first and in whatever
 * order: a WSOLA chain is started afresh ({@code reset}) at {@code k·C − 2W} (at 0 for chunk 0), and its output from
 * {@code k·C} on is the chunk; over the chunk's last {@code W/2} frames it is cross-faded (raised cosine) into the
 * chain of chunk {@code k + 1}, which starts at {@code (k+1)·C − 2W}, so the seam between two chunks is as smooth
 * as any other WSOLA frame overlap. The stream has {@code round(sourceFrames / s)} frames.
 */
public final class WsolaStretcher {

    private static final int CHUNK_SECONDS = 4;

    private final double ratio;
    private final int frameSize;
    private final int hop;
    private final int tolerance;
    private final int chunkFrames;
    private final float[] window;

    public WsolaStretcher(int sampleRate, double ratio) {
        if (!(ratio > 0)) {
            throw new IllegalArgumentException("the stretch ratio must be positive");
        }
        int w = 1024;
        while (w < 0.04 * sampleRate) {
            w *= 2;
        }
        this.ratio = ratio;
        this.frameSize = w;
        this.hop = w / 2;
        this.tolerance = (int) Math.round(0.008 * sampleRate);
        this.chunkFrames = chunkFrames(sampleRate);
        this.window = new float[w];
        for (int i = 0; i < w; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / w));
        }
    }

    /** Frames per chunk of every prepared stream at {@code sampleRate}: {@code 4 · R}. */
    public static int chunkFrames(int sampleRate) {
        return CHUNK_SECONDS * sampleRate;
    }

    public int frameSize() {
        return frameSize;
    }

    public long outputFrames(long sourceFrames) {
        return Math.round(sourceFrames / ratio);
    }

    /**
     * Computes chunk {@code k} of the stretched {@code source} into {@code left} and {@code right} (each at least
     * {@link #chunkFrames(int)} long).
     *
     * @return frames written: {@code C}, fewer for the last chunk, 0 past the end
     */
    public int chunk(StereoStream source, long k, float[] left, float[] right) {
        long total = outputFrames(source.frames());
        long start = k * chunkFrames;
        if (k < 0 || start >= total) {
            return 0;
        }
        long end = Math.min(start + chunkFrames, total);
        int count = (int) (end - start);
        long preRoll = 2L * frameSize;
        new Chain(source, k == 0 ? 0 : start - preRoll, end).run(start, left, right, 0);
        if (end < total) {
            int fade = Math.min(hop, count);
            float[] nextLeft = new float[fade];
            float[] nextRight = new float[fade];
            new Chain(source, end - preRoll, end).run(end - fade, nextLeft, nextRight, 0);
            for (int i = 0; i < fade; i++) {
                float w = (float) ((1 - Math.cos(Math.PI * (i + 0.5) / fade)) / 2);
                int at = count - fade + i;
                left[at] = left[at] * (1 - w) + nextLeft[i] * w;
                right[at] = right[at] * (1 - w) + nextRight[i] * w;
            }
        }
        return count;
    }

    /** One WSOLA chain over output frames {@code [first, end)}, reading its source region into memory once. */
    private final class Chain {

        private final long first;
        private final long end;
        private final long regionStart;
        private final float[] regionLeft;
        private final float[] regionRight;
        private final float[] accLeft = new float[frameSize];
        private final float[] accRight = new float[frameSize];
        private final float[] readyLeft = new float[hop];
        private final float[] readyRight = new float[hop];
        private final float[] search = new float[2 * tolerance + hop];
        private final float[] target = new float[hop];
        private long prevStart;
        private int readIndex;

        Chain(StereoStream source, long first, long end) {
            this.first = first;
            this.end = end;
            this.regionStart = (long) Math.floor(first * ratio - hop * ratio) - tolerance - hop - 1;
            long regionEnd = (long) Math.floor(end * ratio) + tolerance + 2L * frameSize + 1;
            int size = Math.toIntExact(regionEnd - regionStart);
            this.regionLeft = new float[size];
            this.regionRight = new float[size];
            source.read(regionStart, regionLeft, regionRight, size);
        }

        /** Runs the chain, writing its output from frame {@code from} on to {@code left/right[offset..]}. */
        void run(long from, float[] left, float[] right, int offset) {
            prevStart = (long) Math.floor(first * ratio - hop * ratio);
            addFrame(prevStart);
            readIndex = hop;
            for (long m = first; m < end; m++) {
                if (readIndex >= hop) {
                    synth(m * ratio);
                }
                if (m >= from) {
                    int at = offset + (int) (m - from);
                    left[at] = readyLeft[readIndex];
                    right[at] = readyRight[readIndex];
                }
                readIndex++;
            }
        }

        private void synth(double nominal) {
            int tol = tolerance;
            long base = (long) Math.floor(nominal) - tol;
            long natural = prevStart + hop;
            for (int i = 0; i < hop; i++) {
                target[i] = mono(natural + i);
            }
            for (int i = 0; i < search.length; i++) {
                search[i] = mono(base + i);
            }
            int best = tol;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int d = 0; d <= 2 * tol; d += 2) {
                double s = score(d);
                if (s > bestScore) {
                    bestScore = s;
                    best = d;
                }
            }
            int coarse = best;
            for (int d : new int[] {coarse - 1, coarse + 1}) {
                if (d >= 0 && d <= 2 * tol) {
                    double s = score(d);
                    if (s > bestScore) {
                        bestScore = s;
                        best = d;
                    }
                }
            }
            prevStart = base + best;
            addFrame(prevStart);
            readIndex = 0;
        }

        private double score(int d) {
            double c = 0;
            double e = 1e-9;
            for (int i = 0; i < hop; i += 4) {
                float x = search[d + i];
                c += x * target[i];
                e += x * x;
            }
            return c / Math.sqrt(e);
        }

        private void addFrame(long start) {
            overlapAdd(accLeft, readyLeft, regionLeft, start);
            overlapAdd(accRight, readyRight, regionRight, start);
        }

        private void overlapAdd(float[] acc, float[] ready, float[] region, long start) {
            for (int i = 0; i < frameSize; i++) {
                acc[i] += window[i] * at(region, start + i);
            }
            System.arraycopy(acc, 0, ready, 0, hop);
            System.arraycopy(acc, hop, acc, 0, frameSize - hop);
            java.util.Arrays.fill(acc, frameSize - hop, frameSize, 0f);
        }

        private float mono(long q) {
            return at(regionLeft, q) + at(regionRight, q);
        }

        private float at(float[] region, long q) {
            long i = q - regionStart;
            return i >= 0 && i < region.length ? region[(int) i] : 0f;
        }
    }
}
