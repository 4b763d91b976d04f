package com.soundforge.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Storage is up when a file can be written to the data folder and at least 100 MB are free there. */
@Component("storage")
class StorageHealthIndicator implements HealthIndicator {

    static final long MIN_FREE_BYTES = 100L * 1024 * 1024;

    private final LibraryProperties properties;

    StorageHealthIndicator(LibraryProperties properties) {
        this.properties = properties;
    }

    @Override
    public Health health() {
        Path tmp = properties.dataDir().resolve("tmp");
        try {
            Path probe = Files.createTempFile(tmp, "health-", ".part");
            Files.delete(probe);
            long free = Files.getFileStore(tmp).getUsableSpace();
            return (free >= MIN_FREE_BYTES ? Health.up() : Health.down().withDetail("reason", "less than 100 MB free"))
                    .withDetail("dataDir", properties.dataDir().toAbsolutePath().toString())
                    .withDetail("freeBytes", free).build();
        } catch (IOException e) {
            return Health.down(e).withDetail("dataDir", properties.dataDir().toAbsolutePath().toString()).build();
        }
    }
}
