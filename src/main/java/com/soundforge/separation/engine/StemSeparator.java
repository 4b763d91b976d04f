package com.soundforge.separation.engine;

import com.soundforge.dsp.Stft;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * Streaming stem separator. Push planar blocks with {@link #process}, then call {@link #finish}; stems come out
 * through the sink in order, delayed by about one chunk. The input is cut into chunks of about
 * {@code chunkSeconds} (the last one up to 1.5 times that) analysed with {@code padSeconds} of context on both
 * sides and cross-faded over one FFT size, so memory depends on the chunk length, never on the track length.
 * The last stem of the layout is the input minus the other stems, computed in the time domain, so the stems
 * add up to the input up to float rounding. Not thread-safe; one instance per track.
 */
public final class StemSeparator {

    /** Hops per STFT frame: a hop of a quarter frame, 75 % overlap (the source model assumes it too). */
    static final int HOPS_PER_FRAME = 4;

    private final StemLayout layout;
    private final int channels;
    private final int chunk;
    private final int pad;
    private final int fade;
    private final ChunkSeparator separator;
    private final float[] fadeIn;
    /** Input samples from absolute position {@code bufferStart} (may be negative: leading zeros). */
    private float[][] buffer;

    private long bufferStart;
    private int buffered;
    /** Absolute position where the next chunk's own part starts. */
    private long next;

    private long emittedEnd;
    private float[][][] tail;
    private float[][][] work;
    private float[][][] output;
    private boolean finished;

    public StemSeparator(
            StemLayout layout,
            int sampleRateHz,
            int channels,
            SeparatorTuning tuning,
            @Nullable ExecutorService executor,
            int threads) {
        if (sampleRateHz < 4000 || sampleRateHz > 384_000) {
            throw new IllegalArgumentException("Unsupported sample rate " + sampleRateHz + " Hz");
        }
        if (channels < 1) {
            throw new IllegalArgumentException("No audio channels");
        }
        this.layout = layout;
        this.channels = Math.min(channels, 2);
        int fftSize = fftSize(sampleRateHz);
        Stft stft = new Stft(fftSize, fftSize / HOPS_PER_FRAME);
        Parallel parallel = new Parallel(executor, threads);
        this.separator = new ChunkSeparator(
                stft,
                new SourceModel(sampleRateHz, fftSize, parallel),
                new SpatialWiener(parallel),
                parallel,
                this.channels,
                layout.count() - 1);
        this.fade = fftSize;
        this.chunk = Math.max(4 * fftSize, (int) (tuning.chunkSeconds() * sampleRateHz) / fftSize * fftSize);
        this.pad = Math.max(2 * fftSize, (int) (tuning.padSeconds() * sampleRateHz));
        this.fadeIn = new float[fade];
        for (int n = 0; n < fade; n++) {
            fadeIn[n] = (n + 0.5f) / fade;
        }
        int capacity = chunk * 3 / 2 + 2 * pad + 2 * fade + 65_536;
        this.buffer = new float[this.channels][capacity];
        this.bufferStart = -(pad + fade / 2);
        this.buffered = pad + fade / 2;
        this.tail = new float[layout.count()][this.channels][fade];
        // empty until the first chunk sizes them
        this.work = new float[layout.count() - 1][this.channels][0];
        this.output = new float[layout.count()][this.channels][0];
    }

    /** FFT size of about 93 ms: 4096 at 44.1 and 48 kHz. */
    static int fftSize(int sampleRateHz) {
        double ideal = 4096.0 * sampleRateHz / 44_100;
        int size = Integer.highestOneBit((int) Math.round(ideal));
        return ideal / size > Math.sqrt(2) ? size * 2 : size;
    }

    public StemLayout layout() {
        return layout;
    }

    /**
     * Adds {@code frames} frames of {@code planar[c]}; a mono stream's single channel is used for both when
     * more channels were announced, extra channels beyond two are ignored. Non-finite samples count as 0.
     */
    public void process(float[][] planar, int frames, StemSink sink) {
        if (finished) {
            throw new IllegalStateException("Already finished");
        }
        ensureCapacity(buffered + frames);
        for (int c = 0; c < channels; c++) {
            float[] source = planar[Math.min(c, planar.length - 1)];
            float[] target = buffer[c];
            for (int n = 0; n < frames; n++) {
                float x = source[n];
                target[buffered + n] = Float.isFinite(x) ? x : 0f;
            }
        }
        buffered += frames;
        while (bufferStart + buffered >= next + chunk * 3L / 2 + pad + fade) {
            separateChunk(next + chunk, sink);
        }
    }

    /** Separates what is left and emits the rest of the stems. */
    public void finish(StemSink sink) {
        if (finished) {
            return;
        }
        finished = true;
        long end = bufferStart + buffered;
        if (end > next) {
            separateChunk(end, sink);
        }
        if (emittedEnd < end) {
            emitInput(emittedEnd, (int) (end - emittedEnd), sink);
        }
    }

    private void separateChunk(long chunkEnd, StemSink sink) {
        long end = bufferStart + buffered;
        long regionStart = next - fade / 2 - pad;
        long ownEnd = Math.min(chunkEnd + fade / 2, end);
        int length = (int) (chunkEnd + fade / 2 + pad - regionStart);
        ensureCapacity((int) (regionStart - bufferStart) + length);
        int offset = (int) (regionStart - bufferStart);
        for (int c = 0; c < channels; c++) {
            Arrays.fill(buffer[c], buffered, Math.max(buffered, offset + length), 0f);
        }
        float[][] region = offset == 0 ? buffer : shiftedView(offset, length);
        int stems = layout.count() - 1;
        if (work[0][0].length < length) {
            work = new float[stems][channels][length];
        }
        separator.separate(region, length, work);
        // blend the first fade samples with the previous chunk's tail, keep the last fade samples as tail
        int ownStart = (int) (next - fade / 2 - regionStart);
        for (int stem = 0; stem < stems; stem++) {
            for (int c = 0; c < channels; c++) {
                float[] w = work[stem][c];
                for (int n = 0; n < fade; n++) {
                    w[ownStart + n] = next == 0 ? w[ownStart + n] : w[ownStart + n] * fadeIn[n] + tail[stem][c][n];
                }
            }
        }
        long emitFrom = Math.max(0, next - fade / 2);
        long emitTo = ownEnd < end ? chunkEnd - fade / 2 : end;
        emitFromWork(emitFrom, (int) (emitTo - emitFrom), regionStart, sink);
        if (emitTo < end) {
            int tailStart = (int) (emitTo - regionStart);
            for (int stem = 0; stem < stems; stem++) {
                for (int c = 0; c < channels; c++) {
                    for (int n = 0; n < fade; n++) {
                        tail[stem][c][n] = work[stem][c][tailStart + n] * (1 - fadeIn[n]);
                    }
                }
            }
        }
        next = chunkEnd;
        drop(next - fade / 2 - pad);
    }

    private float[][] shiftedView(int offset, int length) {
        for (int c = 0; c < channels; c++) {
            System.arraycopy(buffer[c], offset, buffer[c], 0, buffered - offset);
        }
        buffered -= offset;
        bufferStart += offset;
        return buffer;
    }

    private void emitFromWork(long from, int frames, long regionStart, StemSink sink) {
        if (frames <= 0) {
            return;
        }
        int stems = layout.count();
        if (output[0][0].length < frames) {
            output = new float[stems][channels][frames];
        }
        int workOffset = (int) (from - regionStart);
        int inputOffset = (int) (from - bufferStart);
        for (int c = 0; c < channels; c++) {
            float[] residual = output[stems - 1][c];
            System.arraycopy(buffer[c], inputOffset, residual, 0, frames);
            for (int stem = 0; stem < stems - 1; stem++) {
                float[] est = work[stem][c];
                float[] target = output[stem][c];
                for (int n = 0; n < frames; n++) {
                    float y = est[workOffset + n];
                    target[n] = y;
                    residual[n] -= y;
                }
            }
        }
        sink.accept(output, frames);
        emittedEnd = from + frames;
    }

    private void emitInput(long from, int frames, StemSink sink) {
        // a safety net, not reached in practice: estimates zero, the residual is the input
        int stems = layout.count();
        float[][][] out = new float[stems][channels][Math.max(1, frames)];
        for (int c = 0; c < channels; c++) {
            System.arraycopy(buffer[c], (int) (from - bufferStart), out[stems - 1][c], 0, frames);
        }
        sink.accept(out, frames);
        emittedEnd = from + frames;
    }

    private void drop(long newStart) {
        int shift = (int) Math.max(0, Math.min(buffered, newStart - bufferStart));
        if (shift == 0) {
            return;
        }
        for (int c = 0; c < channels; c++) {
            System.arraycopy(buffer[c], shift, buffer[c], 0, buffered - shift);
        }
        buffered -= shift;
        bufferStart += shift;
    }

    private void ensureCapacity(int needed) {
        if (needed > buffer[0].length) {
            int capacity = Math.max(needed, buffer[0].length + buffer[0].length / 2);
            for (int c = 0; c < channels; c++) {
                buffer[c] = Arrays.copyOf(buffer[c], capacity);
            }
        }
    }
}
