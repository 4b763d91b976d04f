package com.soundforge.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Storage is up when a file can be written to the data folder and at least {@code sfa.storage.min-free-space} is
 * free there (the reserve that stems and renditions leave untouched).
 */
@Component("storage")
class StorageHealthIndicator implements HealthIndicator {

    private final LibraryProperties properties;
    private final long minFreeBytes;

    StorageHealthIndicator(LibraryProperties properties, StorageProperties storage) {
        this.properties = properties;
        this.minFreeBytes = storage.minFreeSpace().toBytes();
    }

    @Override
    public Health health() {
        Path tmp = properties.dataDir().resolve("tmp");
        try {
            Path probe = Files.createTempFile(tmp, "health-", ".part");
            Files.delete(probe);
            long free = Files.getFileStore(tmp).getUsableSpace();
            return (free >= minFreeBytes
                            ? Health.up()
                            : Health.down()
                                    .withDetail("reason", "less than " + StorageUsage.size(minFreeBytes) + " free"))
                    .withDetail("dataDir", properties.dataDir().toAbsolutePath().toString())
                    .withDetail("freeBytes", free)
                    .build();
        } catch (IOException e) {
            return Health.down(e)
                    .withDetail("dataDir", properties.dataDir().toAbsolutePath().toString())
                    .build();
        }
    }
}
