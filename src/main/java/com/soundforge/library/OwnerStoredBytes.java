package com.soundforge.library;

import java.util.UUID;

/**
 * Bytes another feature keeps on disk for a user (e.g. stems), so {@link StorageQuota} counts them without the
 * library depending on that feature. Implementations are Spring beans.
 */
public interface OwnerStoredBytes {

    long storedBytes(UUID ownerId);
}
