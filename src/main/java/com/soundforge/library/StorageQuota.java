package com.soundforge.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Keeps one user from filling the disk: their stored bytes (originals, playback renditions, and what other features
 * report through {@link OwnerStoredBytes}) against {@code sfa.storage.user-quota}, and every large write against the
 * data folder's free space minus {@code sfa.storage.min-free-space}.
 */
@Service
public class StorageQuota {

    private final TrackRepository tracks;
    private final TrackStorage storage;
    private final List<OwnerStoredBytes> others;
    private final StorageProperties properties;
    private final Path dataDir;

    StorageQuota(
            TrackRepository tracks,
            TrackStorage storage,
            List<OwnerStoredBytes> others,
            StorageProperties properties,
            LibraryProperties library) {
        this.tracks = tracks;
        this.storage = storage;
        this.others = others;
        this.properties = properties;
        this.dataDir = library.dataDir();
    }

    public StorageUsage usage(UUID ownerId) {
        long used = tracks.originalBytes(ownerId);
        for (String rendition : tracks.playbackPaths(ownerId)) {
            used += sizeOf(storage.resolve(rendition));
        }
        for (OwnerStoredBytes other : others) {
            used += other.storedBytes(ownerId);
        }
        return new StorageUsage(used, properties.userQuota().toBytes());
    }

    /**
     * Why storing {@code addedBytes} more for the user (replacing {@code replacedBytes} of what they have) would break
     * their quota, or empty when it fits. {@code what} names the data in the message, e.g. "the stems".
     */
    public Optional<String> overQuota(UUID ownerId, long addedBytes, long replacedBytes, String what) {
        StorageUsage usage = usage(ownerId);
        if (!usage.limited()) {
            return Optional.empty();
        }
        long after = Math.max(0, usage.usedBytes() - replacedBytes) + addedBytes;
        if (after <= usage.quotaBytes()) {
            return Optional.empty();
        }
        return Optional.of("Your storage quota does not leave room for " + what + " (needs "
                + StorageUsage.size(addedBytes) + "; " + usage.describe() + "). Delete tracks to make room.");
    }

    /** Why the data folder's disk has no room for {@code neededBytes} plus the reserve, or empty when it has. */
    public Optional<String> lackOfSpace(long neededBytes, String what) {
        long free;
        try {
            free = Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            return Optional.of("Could not check the free space on the server: " + e.getMessage());
        }
        if (free >= neededBytes + properties.minFreeSpace().toBytes()) {
            return Optional.empty();
        }
        return Optional.of("Not enough free space on the server for " + what + " (needs "
                + StorageUsage.size(neededBytes) + ", " + StorageUsage.size(free) + " free).");
    }

    /** Frames of a track of the given length, rounded up. */
    public static long frames(long durationMs, int sampleRateHz) {
        return (durationMs * sampleRateHz + 999) / 1000;
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }
}
