package com.soundforge.bench;

import com.soundforge.audio.TestAudio;
import com.soundforge.daw.engine.Arrangement;
import com.soundforge.daw.engine.ArrangementRenderer;
import com.soundforge.daw.engine.ExportWavWriter;
import com.soundforge.daw.engine.FileStereoStream;
import com.soundforge.daw.engine.PreparedStreamCache;
import com.soundforge.daw.engine.RenderProgress;
import com.soundforge.daw.engine.StereoStream;
import com.soundforge.daw.model.ClipSource;
import com.soundforge.daw.model.DawClip;
import com.soundforge.daw.model.DawTrack;
import com.soundforge.daw.model.FadeCurve;
import com.soundforge.daw.model.Meter;
import com.soundforge.daw.model.ProjectSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DAW renderer on an 8-track, 5-minute arrangement of generated 44.1 kHz sources at 48 kHz (one track warped):
 * preparing the streams (decode, resample, stretch), then the render to a 24-bit WAV next to a plain sum of the
 * same prepared streams into the same writer, with × real time and peak heap of each. Prints lines starting with
 * BENCH.
 */
@Tag("bench")
class DawRenderBenchmark {

    private static final int TRACKS = 8;
    private static final double SECONDS = 300;
    private static final int RATE = 48_000;

    @TempDir
    Path work;

    @Test
    void rendersAnEightTrackFiveMinuteArrangement() throws Exception {
        PreparedStreamCache cache = new PreparedStreamCache(work.resolve("cache"), Long.MAX_VALUE);
        Map<UUID, Path> sources = new HashMap<>();
        List<DawTrack> tracks = new ArrayList<>();
        List<DawClip> clips = new ArrayList<>();
        for (int i = 0; i < TRACKS; i++) {
            UUID id = UUID.randomUUID();
            sources.put(id, TestAudio.writeSineWav(work.resolve(i + ".wav"), 44_100, 2, SECONDS, 110 * (i + 1)));
            DawTrack track = new DawTrack(UUID.randomUUID(), "T" + i, "#e06c75", -i, (i - 3.5) / 4, false, false, i);
            tracks.add(track);
            boolean warp = i == 0;
            clips.add(new DawClip(
                    UUID.randomUUID(),
                    track.id(),
                    "C",
                    "#e06c75",
                    new ClipSource(id, null, SECONDS, 120.0, 0.0),
                    0,
                    0,
                    warp ? SECONDS * 120 / 124 : SECONDS,
                    -3,
                    2,
                    FadeCurve.SCURVE,
                    4,
                    FadeCurve.EXPONENTIAL,
                    false,
                    warp));
        }
        Arrangement arrangement = new Arrangement(
                new ProjectSettings("Bench", 124, Meter.FOUR_FOUR, RATE, 0, null, false), tracks, clips);

        resetPeaks();
        long start = System.nanoTime();
        for (DawClip clip : clips) {
            cache.prepare(sources.get(clip.source().trackId()), "mix", RATE, clip.stretch(124));
        }
        report("prepare (decode, resample 44.1k->48k, 1 track stretched)", System.nanoTime() - start);

        resetPeaks();
        start = System.nanoTime();
        try (ExportWavWriter wav =
                new ExportWavWriter(work.resolve("render.wav"), RATE, ExportWavWriter.Encoding.PCM_24)) {
            new ArrangementRenderer((source, rate, stretch) -> {
                        try {
                            return Optional.of(new FileStereoStream(
                                    cache.prepare(sources.get(source.trackId()), "mix", rate, stretch)));
                        } catch (com.soundforge.audio.AudioDecodeException e) {
                            return Optional.empty();
                        }
                    })
                    .render(
                            arrangement,
                            (first, frames, master, t) -> wav.write(master.left(), master.right(), frames),
                            RenderProgress.NONE);
        }
        long render = System.nanoTime() - start;
        report("render (mixing rules)", render);

        resetPeaks();
        start = System.nanoTime();
        long plain = plainSum(cache, sources, clips, arrangement.endFrame());
        report("plain sum of the same streams", plain);
        System.out.printf("BENCH daw render/plain-sum time ratio: %.2f%n", (double) render / plain);
    }

    private long plainSum(PreparedStreamCache cache, Map<UUID, Path> sources, List<DawClip> clips, long frames)
            throws Exception {
        long start = System.nanoTime();
        List<StereoStream> streams = new ArrayList<>();
        for (DawClip clip : clips) {
            streams.add(new FileStereoStream(
                    cache.prepare(sources.get(clip.source().trackId()), "mix", RATE, clip.stretch(124))));
        }
        int block = 8192;
        float[] l = new float[block];
        float[] r = new float[block];
        float[] sumL = new float[block];
        float[] sumR = new float[block];
        try (ExportWavWriter wav =
                new ExportWavWriter(work.resolve("plain.wav"), RATE, ExportWavWriter.Encoding.PCM_24)) {
            for (long at = 0; at < frames; at += block) {
                int n = (int) Math.min(block, frames - at);
                java.util.Arrays.fill(sumL, 0f);
                java.util.Arrays.fill(sumR, 0f);
                for (StereoStream stream : streams) {
                    stream.read(at, l, r, n);
                    for (int i = 0; i < n; i++) {
                        sumL[i] += l[i];
                        sumR[i] += r[i];
                    }
                }
                wav.write(sumL, sumR, n);
            }
        }
        streams.forEach(StereoStream::close);
        return System.nanoTime() - start;
    }

    private static void report(String phase, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(
                "BENCH daw %s: %.2f s, %.1f x real time, peak heap %d MB%n",
                phase, seconds, SECONDS / seconds, peakHeapBytes() >> 20);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
