package com.soundforge.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test support's silent FLAC is a real FLAC our scanner decodes to the length it claims. */
class SilentFlacTest {

    @Test
    void aSmallFileHoldsMinutesOfSilence(@TempDir Path dir) throws Exception {
        Path flac = SilentFlac.write(
                dir.resolve("silence.flac"), Duration.ofMinutes(5).plusMillis(250));

        ScanResult scan = AudioScanner.scan(flac, "silence.flac");

        assertThat(Files.size(flac)).isLessThan(30_000);
        assertThat(scan.info().codec()).isEqualTo("flac");
        assertThat(scan.totalFrames()).isEqualTo(5 * 60 * 8000 + 2000);
        assertThat(scan.durationMs()).isEqualTo(300_250);
        assertThat(scan.peakAmplitude()).isZero();
    }
}
