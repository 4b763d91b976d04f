package com.soundforge.daw.streams;

import com.soundforge.library.TrackDeleted;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the prepared-stream cache free of deleted sources: a sweep at start, shortly after each track deletion
 * (its stems and playback copy are removed by other listeners, so it waits for them), and every hour for files
 * whose deletion the storage had postponed.
 */
@Component
class PreparedStreamSweeper implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PreparedStreamSweeper.class);
    static final Duration AFTER_DELETION = Duration.ofSeconds(2);
    private static final Duration PERIOD = Duration.ofHours(1);

    private final DawSources sources;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("daw-cache-sweep").daemon().factory());
    private final AtomicBoolean sweepPending = new AtomicBoolean();

    PreparedStreamSweeper(DawSources sources) {
        this.sources = sources;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::sweep, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener
    void on(TrackDeleted deleted) {
        if (sweepPending.compareAndSet(false, true)) {
            scheduler.schedule(this::sweep, AFTER_DELETION.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void sweep() {
        sweepPending.set(false);
        try {
            int removed = sources.sweepPreparedStreams();
            if (removed > 0) {
                log.info("DAW cache: removed {} prepared streams of deleted or changed sources", removed);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("DAW cache: the sweep failed; it runs again later", e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
