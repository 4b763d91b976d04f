package com.soundforge.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<Integer> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void theFirstValuePassesAtOnceAndABurstEndsWithItsLatestValue() throws Exception {
        Throttle<Integer> throttle = new Throttle<>(Duration.ofMillis(200), sent::add, scheduler);
        for (int i = 1; i <= 1000; i++) {
            throttle.offer(i);
        }
        assertThat(sent).containsExactly(1);
        waitFor(() -> sent.size() == 2);
        assertThat(sent).containsExactly(1, 1000);
    }

    @Test
    void flushDeliversThePendingValueRightAwayAndOnlyOnce() throws Exception {
        Throttle<Integer> throttle = new Throttle<>(Duration.ofSeconds(10), sent::add, scheduler);
        throttle.offer(1);
        throttle.offer(2);
        throttle.offer(3);
        throttle.flush();
        throttle.flush();
        Thread.sleep(50);
        assertThat(sent).containsExactly(1, 3);
    }

    @Test
    void valuesFartherApartThanTheIntervalAllPass() throws Exception {
        Throttle<Integer> throttle = new Throttle<>(Duration.ofMillis(20), sent::add, scheduler);
        for (int i = 1; i <= 3; i++) {
            throttle.offer(i);
            Thread.sleep(60);
        }
        assertThat(sent).containsExactly(1, 2, 3);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
    }
}
