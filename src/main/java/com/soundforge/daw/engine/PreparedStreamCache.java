package com.soundforge.daw.engine;

import com.soundforge.audio.AudioDecodeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Prepared streams on disk, one file per (source file with its size and modification time, stream name, rate,
 * stretch rounded to 1e-6): float32 LE interleaved stereo, written to a temporary file and moved into place, so a
 * reader sees a whole file or none. The unstretched stream is prepared first and stretched ones are made from it.
 * When the folder grows past its bound, the least recently used files go (a file's modification time is touched
 * on every use). Beside each file a {@code .source} note names the source it was made from, so {@link #sweep()}
 * can drop the files of sources that were deleted or rewritten.
 */
public final class PreparedStreamCache {

    private static final String SUFFIX = ".f32";
    private static final String SOURCE_NOTE = ".source";
    private static final long ABANDONED_TEMP_MILLIS = 60 * 60 * 1000L;
    private static final double STRETCH_STEP = 1e6;

    private final Path directory;
    private final long maxBytes;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public PreparedStreamCache(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /** The stretch ratio the cache computes with for {@code stretch}: rounded to 1e-6. */
    public static double roundedStretch(double stretch) {
        return Math.round(stretch * STRETCH_STEP) / STRETCH_STEP;
    }

    /** The prepared stream file of {@code source}, made now if it is not cached. */
    public Path prepare(Path source, String streamName, int rate, double stretch)
            throws IOException, AudioDecodeException {
        double ratio = roundedStretch(stretch);
        Path base = cached(
                source, key(source, streamName, rate, 1), target -> SourcePreparer.resample(source, rate, target));
        if (ratio == 1) {
            return base;
        }
        return cached(source, key(source, streamName, rate, ratio), target -> {
            try (FileStereoStream unstretched = new FileStereoStream(base)) {
                SourcePreparer.stretch(unstretched, rate, ratio, target);
            }
        });
    }

    private Path cached(Path source, String key, Producer producer) throws IOException, AudioDecodeException {
        Path file = directory.resolve(key + SUFFIX);
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            if (Files.isRegularFile(file)) {
                touch(file);
                return file;
            }
            Files.createDirectories(directory);
            Path temp = directory.resolve(key + ".tmp-" + UUID.randomUUID());
            try {
                producer.write(temp);
                Files.writeString(noteOf(file), identity(source), StandardCharsets.UTF_8);
                moveIntoPlace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        evictBeyondBound(file);
        return file;
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException ignored) {
            // a read-only cache still serves; it only forgets which file was used last
        }
    }

    private void evictBeyondBound(Path keep) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).forEach(files::add);
        }
        long total = 0;
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            try {
                long size = Files.size(file);
                total += size;
                entries.add(
                        new Entry(file, size, Files.getLastModifiedTime(file).toMillis()));
            } catch (NoSuchFileException gone) {
                // evicted by another thread meanwhile
            }
        }
        entries.sort(Comparator.comparingLong(Entry::usedAt));
        for (Entry entry : entries) {
            if (total <= maxBytes) {
                return;
            }
            if (!entry.file.equals(keep)) {
                remove(entry.file);
                total -= entry.size;
            }
        }
    }

    /**
     * Removes the prepared files whose source is gone or has changed since (its size or modification time differ),
     * those without a source note, and temporary files abandoned by a crash.
     *
     * @return how many prepared files were removed
     */
    public int sweep() throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directory)) {
            listing.forEach(files::add);
        }
        int removed = 0;
        long abandonedBefore = System.currentTimeMillis() - ABANDONED_TEMP_MILLIS;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(SUFFIX) && !sourceUnchanged(file)) {
                synchronized (
                        locks.computeIfAbsent(name.substring(0, name.length() - SUFFIX.length()), k -> new Object())) {
                    remove(file);
                }
                removed++;
            } else if (name.contains(".tmp-") && modifiedMillis(file) < abandonedBefore) {
                Files.deleteIfExists(file);
            } else if (name.endsWith(SOURCE_NOTE)
                    && modifiedMillis(file) < abandonedBefore
                    && !Files.exists(directory.resolve(name.replace(SOURCE_NOTE, SUFFIX)))) {
                Files.deleteIfExists(file);
            }
        }
        return removed;
    }

    private boolean sourceUnchanged(Path prepared) throws IOException {
        List<String> note;
        try {
            note = Files.readAllLines(noteOf(prepared), StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            return false;
        }
        if (note.isEmpty()) {
            return false;
        }
        Path source = Path.of(note.getFirst());
        try {
            return identity(source).equals(String.join("\n", note));
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    private static long modifiedMillis(Path file) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (NoSuchFileException gone) {
            return Long.MAX_VALUE;
        }
    }

    private static void remove(Path prepared) throws IOException {
        Files.deleteIfExists(prepared);
        Files.deleteIfExists(noteOf(prepared));
    }

    private static Path noteOf(Path prepared) {
        String name = prepared.getFileName().toString();
        return prepared.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + SOURCE_NOTE);
    }

    /** The source as the key sees it: its absolute path, size and modification time, one per line. */
    private static String identity(Path source) throws IOException {
        Path absolute = source.toAbsolutePath().normalize();
        return String.join(
                "\n",
                absolute.toString(),
                Long.toString(Files.size(absolute)),
                Long.toString(Files.getLastModifiedTime(absolute).toMillis()));
    }

    private static String key(Path source, String streamName, int rate, double ratio) throws IOException {
        String text = String.join(
                "\n",
                identity(source),
                streamName,
                Integer.toString(rate),
                Long.toString(Math.round(ratio * STRETCH_STEP)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Entry(Path file, long size, long usedAt) {}

    @FunctionalInterface
    private interface Producer {
        void write(Path target) throws IOException, AudioDecodeException;
    }
}
