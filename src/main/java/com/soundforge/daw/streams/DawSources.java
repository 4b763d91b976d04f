package com.soundforge.daw.streams;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.audio.AudioDecoder;
import com.soundforge.audio.PcmStream;
import com.soundforge.audio.WaveformBuilder;
import com.soundforge.audio.WaveformLevel;
import com.soundforge.daw.engine.FileStereoStream;
import com.soundforge.daw.engine.PreparedStreamCache;
import com.soundforge.daw.engine.StereoStream;
import com.soundforge.daw.engine.StreamProvider;
import com.soundforge.daw.engine.WsolaStretcher;
import com.soundforge.daw.model.ClipSource;
import com.soundforge.daw.model.DawClip;
import com.soundforge.library.LibraryProperties;
import com.soundforge.library.LibraryService;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.TrackNotFoundException;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.StemType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A DAW clip's sources for one owner: the library track's audio ({@code mix}) or one of its stems, prepared at a
 * project rate and stretch (see {@link PreparedStreamCache}), read as chunks for the browser, as streams for the
 * exporter, and as waveform peaks at the source's own rate.
 */
@Service
public class DawSources {

    public static final String MIX = "mix";
    public static final Set<Integer> RATES = Set.of(44_100, 48_000);
    static final int MAX_PEAKS = 8192;
    private static final int PEAK_CACHE_ENTRIES = 256;

    private final LibraryService library;
    private final SeparationService separation;
    private final PreparedStreamCache cache;
    private final Map<String, SourcePeaks> stemPeaks =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, SourcePeaks> eldest) {
                    return size() > PEAK_CACHE_ENTRIES;
                }
            });

    DawSources(
            LibraryService library,
            SeparationService separation,
            LibraryProperties libraryProperties,
            DawStreamProperties properties) {
        this.library = library;
        this.separation = separation;
        Path dataDir = libraryProperties.dataDir().toAbsolutePath().normalize();
        this.cache = new PreparedStreamCache(
                dataDir.resolve("cache").resolve("daw"), properties.cacheSize().toBytes());
    }

    /**
     * The source file of {@code stream} ({@code mix} or a stem name) of the owner's track.
     *
     * @throws TrackNotFoundException when there is no such track, stem or stream
     * @throws com.soundforge.library.TrackAccessDeniedException when the track is someone else's
     */
    public Path sourceFile(UUID ownerId, UUID trackId, String stream) {
        if (MIX.equals(stream)) {
            return library.audioFile(ownerId, trackId).path();
        }
        StemType type = StemType.fromWire(stream).orElseThrow(() -> new TrackNotFoundException("No such stem."));
        return separation
                .stemFile(ownerId, trackId, type)
                .orElseThrow(() -> new TrackNotFoundException("No such stem."))
                .path();
    }

    /**
     * Chunk {@code k} of the prepared stream: float32 LE interleaved stereo, {@code 4 · rate} frames (fewer for the
     * last); empty past the end.
     */
    public Optional<byte[]> chunk(UUID ownerId, UUID trackId, String stream, int rate, double stretch, long k)
            throws IOException, AudioDecodeException {
        Path prepared = cache.prepare(sourceFile(ownerId, trackId, stream), stream, rate, checkedStretch(stretch));
        long chunkBytes = (long) WsolaStretcher.chunkFrames(rate) * FileStereoStream.BYTES_PER_FRAME;
        try (FileChannel channel = FileChannel.open(prepared, StandardOpenOption.READ)) {
            long start = k * chunkBytes;
            long size = channel.size();
            if (k < 0 || start >= size) {
                return Optional.empty();
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(chunkBytes, size - start));
            while (bytes.hasRemaining() && channel.read(bytes, start + bytes.position()) >= 0) {
                // reads until the buffer is full
            }
            return Optional.of(bytes.array());
        }
    }

    /**
     * The clip sources of an arrangement the DAW accepted, as the renderer reads them: each from the library of
     * whoever owns its track (a shared project mixes its members' material); a source that is gone (or unreadable)
     * is empty.
     */
    public StreamProvider streamsOfArrangement() {
        return (ClipSource source, int rate, double stretch) -> {
            try {
                UUID ownerId = library.ownerOf(source.trackId()).orElseThrow(TrackNotFoundException::new);
                Path file = sourceFile(ownerId, source.trackId(), source.streamName());
                return Optional.<StereoStream>of(
                        new FileStereoStream(cache.prepare(file, source.streamName(), rate, stretch)));
            } catch (TrackNotFoundException
                    | TrackAccessDeniedException
                    | AudioDecodeException
                    | java.nio.file.NoSuchFileException gone) {
                return Optional.empty();
            }
        };
    }

    /** The waveform of the source at its own rate: the library's for the track's audio, built once for a stem. */
    public SourcePeaks peaks(UUID ownerId, UUID trackId, String stream) throws IOException, AudioDecodeException {
        if (MIX.equals(stream)) {
            int rate = library.get(ownerId, trackId).sampleRateHz();
            return library.waveform(ownerId, trackId, MAX_PEAKS)
                    .map(w -> new SourcePeaks(
                            w.framesPerPeak(), rate, Base64.getEncoder().encodeToString(w.peaks())))
                    .orElseThrow(() -> new TrackNotFoundException("No waveform for this track yet."));
        }
        Path file = sourceFile(ownerId, trackId, stream);
        String key = file + "\n" + Files.getLastModifiedTime(file).toMillis();
        SourcePeaks cached = stemPeaks.get(key);
        if (cached != null) {
            return cached;
        }
        SourcePeaks built = buildPeaks(file);
        stemPeaks.put(key, built);
        return built;
    }

    private static SourcePeaks buildPeaks(Path file) throws AudioDecodeException {
        WaveformBuilder builder = new WaveformBuilder();
        int rate;
        try (PcmStream pcm = AudioDecoder.open(file)) {
            rate = pcm.info().sampleRateHz();
            float[][] planar = new float[pcm.info().channels()][8192];
            for (int read; (read = pcm.read(planar, 8192)) >= 0; ) {
                builder.accept(planar, read);
            }
        }
        var levels = builder.finish();
        WaveformLevel level = levels.stream()
                .filter(l -> l.peakCount() <= MAX_PEAKS)
                .findFirst()
                .orElse(levels.getLast());
        return new SourcePeaks(level.framesPerPeak(), rate, Base64.getEncoder().encodeToString(level.peaks()));
    }

    /**
     * Drops the prepared streams of sources that were deleted or rewritten since.
     *
     * @return how many prepared files went
     */
    int sweepPreparedStreams() throws IOException {
        return cache.sweep();
    }

    /** The stretch of a clip as the browser asks for it: within the model's range. */
    public static double checkedStretch(double stretch) {
        if (!(stretch >= DawClip.MIN_STRETCH && stretch <= DawClip.MAX_STRETCH)) {
            throw new IllegalArgumentException("stretch must be between 0.25 and 4");
        }
        return stretch;
    }
}
