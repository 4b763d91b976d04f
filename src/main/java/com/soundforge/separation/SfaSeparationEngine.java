package com.soundforge.separation;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.audio.AudioDecoder;
import com.soundforge.audio.PcmStream;
import com.soundforge.audio.StreamInfo;
import com.soundforge.audio.WavWriter;
import com.soundforge.separation.engine.SeparatorTuning;
import com.soundforge.separation.engine.StemLayout;
import com.soundforge.separation.engine.StemSeparator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * SFA's own engine: streams the decoded audio through {@link StemSeparator} and writes 24-bit WAV stems at the
 * input's sample rate (mono stays mono; more than two channels are reduced to the first two). Plain Java, so the
 * command line uses it without Spring.
 */
public final class SfaSeparationEngine implements SeparationEngine {

    public static final String ID = "sfa";
    /** Model name stored with SFA stems: the engine's algorithm version. */
    public static final String MODEL = "sfa-dsp-1";

    private static final int BLOCK_FRAMES = 16_384;

    private final int threads;
    private final SeparatorTuning tuning;
    private final ExecutorService executor;

    public SfaSeparationEngine(int threads, SeparatorTuning tuning) {
        this.threads = Math.max(1, threads);
        this.tuning = tuning;
        this.executor = this.threads > 1
                ? Executors.newFixedThreadPool(this.threads - 1, runnable -> {
                    Thread thread = new Thread(runnable, "sfa-separation");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
    }

    public static SfaSeparationEngine withAllCores() {
        return new SfaSeparationEngine(Runtime.getRuntime().availableProcessors(), SeparatorTuning.defaults());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public List<SeparatedStem> separate(
            Path audio, Path outputDir, int stems, String model, SeparationProgress progress)
            throws SeparationException {
        StemLayout layout = layout(stems);
        try (PcmStream in = AudioDecoder.open(audio)) {
            StreamInfo info = in.info();
            int channels = Math.min(2, info.channels());
            Files.createDirectories(outputDir);
            List<StemType> types = stems == 2 ? StemType.TWO : StemType.FOUR;
            WavWriter[] writers = new WavWriter[types.size()];
            long[] written = new long[1];
            try {
                for (int i = 0; i < writers.length; i++) {
                    writers[i] = new WavWriter(
                            outputDir.resolve(types.get(i).wire() + ".wav"), info.sampleRateHz(), channels);
                }
                StemSeparator separator =
                        new StemSeparator(layout, info.sampleRateHz(), channels, tuning, executor, threads);
                float[][] block = new float[Math.max(1, info.channels())][BLOCK_FRAMES];
                long read = 0;
                long declared = info.declaredFrames();
                int count;
                var sink = sink(writers, written);
                while ((count = in.read(block, BLOCK_FRAMES)) >= 0) {
                    separator.process(block, count, sink);
                    read += count;
                    if (declared > 0) {
                        progress.fraction(Math.min(0.99, (double) read / declared));
                    }
                }
                separator.finish(sink);
            } finally {
                closeAll(writers);
            }
            progress.fraction(1);
            List<SeparatedStem> result = new ArrayList<>();
            for (StemType type : types) {
                result.add(new SeparatedStem(
                        type, outputDir.resolve(type.wire() + ".wav"), written[0], info.sampleRateHz()));
            }
            return result;
        } catch (AudioDecodeException e) {
            throw new SeparationException(e.getMessage(), e.reason() != AudioDecodeException.Reason.IO, e);
        } catch (UncheckedIOException e) {
            throw new SeparationException(
                    "Could not write the stems: " + e.getCause().getMessage(), false, e);
        } catch (IOException e) {
            throw new SeparationException("Could not write the stems: " + e.getMessage(), false, e);
        } catch (IllegalArgumentException e) {
            throw new SeparationException(e.getMessage(), true, e);
        }
    }

    private static com.soundforge.separation.engine.StemSink sink(WavWriter[] writers, long[] written) {
        return (stemAudio, frames) -> {
            try {
                for (int i = 0; i < writers.length; i++) {
                    writers[i].write(stemAudio[i], frames);
                }
                written[0] += frames;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static StemLayout layout(int stems) throws SeparationException {
        try {
            return StemLayout.of(stems);
        } catch (IllegalArgumentException e) {
            throw new SeparationException(e.getMessage(), true);
        }
    }

    private static void closeAll(WavWriter[] writers) throws IOException {
        IOException failure = null;
        for (WavWriter writer : writers) {
            if (writer == null) {
                continue;
            }
            try {
                writer.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
