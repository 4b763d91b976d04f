package com.soundforge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.library.ImportException;
import com.soundforge.library.ImportFailure;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {

    @Test
    void aDownloadStoppedForBeingTooSlowFailsWithItsMessageAndIsNotRetried() {
        ImportException tooSlow = new ImportException(ImportFailure.TOO_SLOW,
                "The download was stopped: it took longer than the limit of 20 min.");

        assertThat(FailureMessages.describe(tooSlow))
                .isEqualTo("The download was stopped: it took longer than the limit of 20 min.");
        assertThat(FailureMessages.isTransient(tooSlow)).isFalse();
        assertThat(FailureMessages.isTransient(new ImportException(ImportFailure.DOWNLOAD, "503"))).isTrue();
    }
}
