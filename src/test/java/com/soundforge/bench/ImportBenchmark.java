package com.soundforge.bench;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Import throughput for 100 generated WAV files, and peak heap while importing one 500 MB WAV. The reference,
 * measured in the same run, is a plain hashed copy of the same bytes (what any import must at least do).
 * Run with bench/import.sh.
 */
@Tag("bench")
@SfaSpringTest
@TestPropertySource(properties = "sfa.upload.max-size=600MB")
class ImportBenchmark {

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @TempDir
    Path work;

    @Test
    void importThroughputAndPeakHeap() throws Exception {
        UserAccount user = TestUsers.create(users);
        Path folder = Files.createDirectories(work.resolve("wavs"));
        long totalBytes = 0;
        for (int i = 0; i < 100; i++) {
            Path wav = folder.resolve("bench-" + i + ".wav");
            TestAudio.writeSineWav(wav, 44_100, 2, 30.0, 110.0 + i);
            totalBytes += Files.size(wav);
        }
        double copySeconds = time(() -> {
            try (var files = Files.list(folder)) {
                for (Path wav : files.toList()) {
                    hashedCopy(wav, work.resolve("copy.bin"));
                }
            }
        });
        double importSeconds = time(() -> {
            try (var files = Files.list(folder)) {
                for (Path wav : files.toList()) {
                    try (InputStream in = Files.newInputStream(wav)) {
                        imports.importAudio(user.id(), in, wav.getFileName().toString());
                    }
                }
            }
        });
        double mb = totalBytes / 1e6;
        System.out.printf("BENCH import: 100 files, %.1f MB%n", mb);
        System.out.printf(
                "BENCH import: %.1f files/s, %.1f MB/s (reference hashed copy: %.1f MB/s, ratio %.2f)%n",
                100 / importSeconds, mb / importSeconds, mb / copySeconds, copySeconds / importSeconds);

        Path big = work.resolve("big.wav");
        TestAudio.writeSineWav(big, 44_100, 2, 500e6 / (44_100 * 4), 220.0);
        System.gc();
        resetPeaks();
        long before = usedHeap();
        double bigSeconds = time(() -> {
            try (InputStream in = Files.newInputStream(big)) {
                imports.importAudio(user.id(), in, "big.wav");
            }
        });
        long peak = peakHeap();
        System.out.printf(
                "BENCH big import: %.0f MB WAV in %.1f s; heap before %.0f MB, peak during %.0f MB "
                        + "(%.1f%% of the file size)%n",
                Files.size(big) / 1e6, bigSeconds, before / 1e6, peak / 1e6, 100.0 * peak / Files.size(big));
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void hashedCopy(Path from, Path to) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(from);
                OutputStream out = new DigestOutputStream(Files.newOutputStream(to), sha)) {
            in.transferTo(out);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
