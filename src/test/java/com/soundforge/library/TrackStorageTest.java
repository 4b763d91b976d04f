package com.soundforge.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class TrackStorageTest {

    @TempDir
    Path dataDir;

    @Test
    void anUnexpectedFailureWhileReceivingAnUploadLeavesNoTempFile() throws Exception {
        TrackStorage storage = new TrackStorage(
                new LibraryProperties(dataDir, new LibraryProperties.Upload(DataSize.ofMegabytes(1), java.time.Duration.ofHours(3))));
        InputStream breaksHalfway = new InputStream() {
            private int sent;

            @Override
            public int read() {
                if (sent++ < 100_000) {
                    return 7;
                }
                throw new IllegalStateException("the source broke in an unexpected way");
            }
        };

        assertThatThrownBy(() -> storage.receive(breaksHalfway)).isInstanceOf(IllegalStateException.class);

        try (Stream<Path> left = Files.list(dataDir.resolve("tmp"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
