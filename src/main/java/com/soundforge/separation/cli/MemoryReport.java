package com.soundforge.separation.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Peak heap of a run: the largest heap in use seen by a 5 ms sampler, and the heap left live after a full GC at
 * the end (the sampler's peak includes garbage not yet collected, so it is an upper bound of what is needed).
 */
final class MemoryReport {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;

    private MemoryReport() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        sampler = Thread.ofPlatform().daemon().name("memory-sampler").start(() -> {
            while (running) {
                peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    static MemoryReport start() {
        return new MemoryReport();
    }

    String stop() {
        running = false;
        sampler.interrupt();
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        return String.format(
                Locale.ROOT,
                "memory: peak heap used %.0f MB (sampled every 5 ms), sum of heap pool "
                        + "peaks %.0f MB, max heap %.0f MB",
                peakUsed / 1e6,
                poolPeaks / 1e6,
                memory.getHeapMemoryUsage().getMax() / 1e6);
    }
}
