package com.soundforge.separation;

import com.soundforge.library.OwnerStoredBytes;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Counts the user's stems towards their storage quota. */
@Component
class StemStorage implements OwnerStoredBytes {

    private final StemRepository stems;

    StemStorage(StemRepository stems) {
        this.stems = stems;
    }

    @Override
    public long storedBytes(UUID ownerId) {
        return stems.sizeOfOwner(ownerId);
    }
}
