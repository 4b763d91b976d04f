package com.soundforge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportFailure;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {

    @Test
    void aDownloadStoppedForBeingTooSlowFailsWithItsMessageAndIsNotRetried() {
        ImportException tooSlow = new ImportException(
                ImportFailure.TOO_SLOW, "The download was stopped: it took longer than the limit of 20 min.");

        assertThat(FailureMessages.describe(tooSlow))
                .isEqualTo("The download was stopped: it took longer than the limit of 20 min.");
        assertThat(FailureMessages.isTransient(tooSlow)).isFalse();
        assertThat(FailureMessages.isTransient(new ImportException(ImportFailure.DOWNLOAD, "503")))
                .isTrue();
    }

    @Test
    void aFileFailureIsDescribedWithoutTheServersPaths() {
        var missing = new java.nio.file.NoSuchFileException("/srv/sfa/data/stems/1234/5678/vocals.wav");

        assertThat(FailureMessages.describe(missing))
                .isEqualTo(FailureMessages.FILE_FAILURE)
                .doesNotContain("/srv");
        assertThat(FailureMessages.isTransient(missing)).isTrue();
    }
}
