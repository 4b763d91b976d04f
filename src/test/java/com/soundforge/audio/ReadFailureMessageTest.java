package com.soundforge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFailureMessageTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatCannotBeReadIsReportedWithoutItsPath() {
        Path missing = dir.resolve("upload-1234.part");

        AudioDecodeException failure =
                catchThrowableOfType(AudioDecodeException.class, () -> AudioScanner.scan(missing, "song.wav"));

        assertThat(failure.reason()).isEqualTo(AudioDecodeException.Reason.IO);
        assertThat(failure.getMessage()).doesNotContain(dir.toString()).doesNotContain("upload-1234");
    }
}
