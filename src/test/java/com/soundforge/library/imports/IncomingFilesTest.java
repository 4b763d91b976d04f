package com.soundforge.library.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.library.LibraryProperties;
import com.soundforge.library.TrackStorage;
import com.soundforge.library.UploadSpace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class IncomingFilesTest {

    @TempDir
    Path dataDir;

    @Test
    void anUnexpectedFailureWhileReceivingAnUploadLeavesNoTempFile() throws Exception {
        IncomingFiles files = incomingFiles(dataDir, DataSize.ofMegabytes(1));
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

        assertThatThrownBy(() -> files.receive(breaksHalfway)).isInstanceOf(IllegalStateException.class);

        try (Stream<Path> left = Files.list(dataDir.resolve("tmp"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    /** Incoming files under {@code dataDir} with the given upload limit, as the application wires them. */
    static IncomingFiles incomingFiles(Path dataDir, DataSize maxUpload) throws IOException {
        LibraryProperties properties =
                new LibraryProperties(dataDir, new LibraryProperties.Upload(maxUpload, Duration.ofHours(3)));
        return new IncomingFiles(new TrackStorage(properties), new UploadSpace(properties), properties);
    }
}
