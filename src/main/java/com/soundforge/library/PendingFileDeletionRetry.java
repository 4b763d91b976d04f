package com.soundforge.library;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Retries the pending file deletions at start and then every {@code sfa.storage.deletion-retry-interval}. */
@Component
class PendingFileDeletionRetry implements ApplicationRunner, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PendingFileDeletionRetry.class);

    private final PendingFileDeletions deletions;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sfa-file-deletion-retry").factory());

    PendingFileDeletionRetry(
            PendingFileDeletions deletions, @Value("${sfa.storage.deletion-retry-interval:10m}") Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("sfa.storage.deletion-retry-interval must be positive: " + interval);
        }
        this.deletions = deletions;
        this.interval = interval;
    }

    @Override
    public void run(ApplicationArguments args) {
        scheduler.scheduleWithFixedDelay(this::retry, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void retry() {
        try {
            deletions.retry();
        } catch (RuntimeException e) {
            // the database may be briefly away; an exception here would cancel every later run
            log.warn("Retrying the pending file deletions failed; trying again in {}", interval, e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
