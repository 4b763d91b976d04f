package com.soundforge.library.imports;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.util.unit.DataSize;

/**
 * Holds one download to its limits from a timer thread, so that a source which drips bytes just inside the read
 * timeout cannot keep a job worker busy: the whole download must end within {@code maxDuration}, and each
 * {@code minRateWindow} must bring at least {@code minRate} bytes per second. When a limit is overrun it runs the
 * abort action (which cuts the connection) and keeps the reason, to be reported instead of the broken transfer.
 */
final class TransferWatch implements AutoCloseable {

    private final Thread timer;
    private volatile long receivedBytes;
    private volatile ImportException failure;

    private TransferWatch(ImportProperties limits, DataSize minRate, Runnable abort) {
        this.timer = Thread.ofVirtual().name("import-transfer-watch").unstarted(() -> watch(limits, minRate, abort));
    }

    /** Watches both the overall time and the rate. */
    static TransferWatch start(ImportProperties limits, Runnable abort) {
        return start(new TransferWatch(limits, limits.minRate(), abort));
    }

    /** Watches only the overall time, for work whose bytes it cannot count. */
    static TransferWatch deadline(ImportProperties limits, Runnable abort) {
        return start(new TransferWatch(limits, DataSize.ofBytes(0), abort));
    }

    private static TransferWatch start(TransferWatch watch) {
        watch.timer.start();
        return watch;
    }

    /** The bytes received so far by the whole download. */
    void received(long bytes) {
        receivedBytes = bytes;
    }

    Optional<ImportException> failure() {
        return Optional.ofNullable(failure);
    }

    private void watch(ImportProperties limits, DataSize minRate, Runnable abort) {
        long start = System.nanoTime();
        long deadline = start + limits.maxDuration().toNanos();
        long window = limits.minRateWindow().toNanos();
        long minBytesPerWindow = minRate.toBytes() * limits.minRateWindow().toMillis() / 1000;
        long windowEnd = start + window;
        long bytesAtWindowStart = 0;
        try {
            while (true) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, Math.min(deadline, windowEnd) - System.nanoTime()));
                long now = System.nanoTime();
                if (now - deadline >= 0) {
                    stop(
                            abort,
                            "The download was stopped: it took longer than the limit of "
                                    + describe(limits.maxDuration()) + ".");
                    return;
                }
                if (now - windowEnd >= 0) {
                    long got = receivedBytes - bytesAtWindowStart;
                    if (got < minBytesPerWindow) {
                        stop(
                                abort,
                                "The download was stopped: the server sent " + got + " bytes in "
                                        + describe(limits.minRateWindow()) + ", below the minimum rate of "
                                        + IncomingFiles.humanSize(minRate.toBytes()) + "/s.");
                        return;
                    }
                    bytesAtWindowStart += got;
                    windowEnd += window;
                }
            }
        } catch (InterruptedException finished) {
            // the download ended in time
        }
    }

    private void stop(Runnable abort, String message) {
        failure = new ImportException(ImportFailure.TOO_SLOW, message);
        abort.run();
    }

    static String describe(Duration duration) {
        if (duration.toMillis() % 60_000 == 0) {
            return duration.toMinutes() + " min";
        }
        if (duration.toMillis() % 1000 == 0) {
            return duration.toSeconds() + " s";
        }
        return duration.toMillis() + " ms";
    }

    @Override
    public void close() {
        timer.interrupt();
    }
}
