package com.soundforge.pipeline;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jobrunr.server.BackgroundJobServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * JobRunr shuts its job server down for good after an error it cannot recover from (its database gone for a
 * while, a full disk): every pipeline would then wait until the app restarts. This starts it again, every
 * {@value #CHECK_SECONDS} s until the database takes it back.
 */
@Component
class JobServerWatchdog {

    static final int CHECK_SECONDS = 15;
    private static final Logger log = LoggerFactory.getLogger(JobServerWatchdog.class);

    private final ObjectProvider<BackgroundJobServer> servers;
    private ScheduledExecutorService checks;

    JobServerWatchdog(ObjectProvider<BackgroundJobServer> servers) {
        this.servers = servers;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void watch() {
        BackgroundJobServer server = servers.getIfAvailable();
        if (server == null || checks != null) {
            return;
        }
        checks = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("job-server-watchdog").factory());
        checks.scheduleWithFixedDelay(() -> restartIfStopped(server), CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void stopWatching() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }

    private void restartIfStopped(BackgroundJobServer server) {
        if (server.isRunning()) {
            return;
        }
        log.warn("The job server had stopped; starting it again");
        try {
            // a server that shut itself down is left half-stopped: stop it properly before starting it
            server.stop();
            server.start();
        } catch (RuntimeException e) {
            log.warn("The job server could not start yet: {}", e.getMessage());
        }
    }
}
