package com.soundforge.daw.engine;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.audio.AudioDecoder;
import com.soundforge.audio.PcmStream;
import com.soundforge.dsp.SincResampler;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns an audio file into a prepared stream file (float32 LE interleaved stereo at the project rate) in one
 * streaming pass: decode, make stereo (mono copied to both channels, only the first two of more), resample with
 * {@link SincResampler}; and stretches a prepared stream chunk by chunk with {@link WsolaStretcher}. Memory holds a
 * block and the resampler's window, never the whole source.
 */
public final class SourcePreparer {

    private static final int BLOCK = 8192;

    private SourcePreparer() {}

    /** Decodes {@code source} and writes it resampled to {@code rate} into {@code target}. */
    public static void resample(Path source, int rate, Path target) throws IOException, AudioDecodeException {
        try (PcmStream pcm = AudioDecoder.open(source);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            int channels = pcm.info().channels();
            int inRate = pcm.info().sampleRateHz();
            float[][] planar = new float[channels][BLOCK];
            Sink sink = new Sink(out);
            if (inRate == rate) {
                for (int read; (read = pcm.read(planar, BLOCK)) >= 0; ) {
                    sink.write(planar[0], planar[Math.min(1, channels - 1)], read);
                }
                return;
            }
            new Resampling(new SincResampler(inRate, rate), sink).run(pcm, planar, channels);
        }
    }

    /** Writes {@code source} time-stretched by {@code ratio} into {@code target}, one independent chunk at a time. */
    public static void stretch(StereoStream source, int rate, double ratio, Path target) throws IOException {
        WsolaStretcher stretcher = new WsolaStretcher(rate, ratio);
        int chunk = WsolaStretcher.chunkFrames(rate);
        float[] left = new float[chunk];
        float[] right = new float[chunk];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            Sink sink = new Sink(out);
            for (long k = 0; ; k++) {
                int frames = stretcher.chunk(source, k, left, right);
                if (frames == 0) {
                    return;
                }
                sink.write(left, right, frames);
            }
        }
    }

    private static final class Resampling {
        private final SincResampler resampler;
        private final Sink sink;
        private final int half;
        private float[] left = new float[4 * BLOCK];
        private float[] right = new float[4 * BLOCK];
        private final float[] outLeft = new float[BLOCK];
        private final float[] outRight = new float[BLOCK];
        private long bufferStart;
        private int length;
        private long next;

        Resampling(SincResampler resampler, Sink sink) {
            this.resampler = resampler;
            this.sink = sink;
            this.half = resampler.halfWidth();
        }

        void run(PcmStream pcm, float[][] planar, int channels) throws IOException, AudioDecodeException {
            for (int read; (read = pcm.read(planar, BLOCK)) >= 0; ) {
                append(planar[0], planar[Math.min(1, channels - 1)], read);
                emitWhile(Long.MAX_VALUE, bufferStart + length - half);
            }
            emitWhile(resampler.outputFrames(bufferStart + length), Long.MAX_VALUE);
        }

        /** Emits output frames below {@code limit} whose input window ends before {@code available}. */
        private void emitWhile(long limit, long available) throws IOException {
            int count = 0;
            while (next < limit && resampler.inputIndex(next) < available) {
                outLeft[count] = resampler.sample(left, length, bufferStart, next);
                outRight[count] = resampler.sample(right, length, bufferStart, next);
                count++;
                next++;
                if (count == BLOCK) {
                    sink.write(outLeft, outRight, count);
                    count = 0;
                }
            }
            sink.write(outLeft, outRight, count);
        }

        private void append(float[] l, float[] r, int frames) {
            long keepFrom = Math.max(bufferStart, resampler.inputIndex(next) - half - 1);
            int drop = (int) (keepFrom - bufferStart);
            if (drop > 0) {
                System.arraycopy(left, drop, left, 0, length - drop);
                System.arraycopy(right, drop, right, 0, length - drop);
                length -= drop;
                bufferStart = keepFrom;
            }
            if (length + frames > left.length) {
                left = java.util.Arrays.copyOf(left, 2 * (length + frames));
                right = java.util.Arrays.copyOf(right, 2 * (length + frames));
            }
            System.arraycopy(l, 0, left, length, frames);
            System.arraycopy(r, 0, right, length, frames);
            length += frames;
        }
    }

    /** Writes stereo blocks as float32 little-endian interleaved frames. */
    static final class Sink {
        private final OutputStream out;
        private final ByteBuffer bytes =
                ByteBuffer.allocate(BLOCK * FileStereoStream.BYTES_PER_FRAME).order(ByteOrder.LITTLE_ENDIAN);

        Sink(OutputStream out) {
            this.out = out;
        }

        void write(float[] left, float[] right, int frames) throws IOException {
            for (int from = 0; from < frames; from += BLOCK) {
                int to = Math.min(frames, from + BLOCK);
                bytes.clear();
                for (int i = from; i < to; i++) {
                    bytes.putFloat(left[i]).putFloat(right[i]);
                }
                out.write(bytes.array(), 0, bytes.position());
            }
        }
    }
}
