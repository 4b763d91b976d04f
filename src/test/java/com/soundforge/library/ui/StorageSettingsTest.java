package com.soundforge.library.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.StorageQuota;
import com.soundforge.library.StorageUsage;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.security.ui.SettingsView;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** The settings page shows how much the user stores against the default 20 GB quota. */
@SfaSpringTest
@Import(BrowserlessUser.class)
class StorageSettingsTest extends SpringBrowserlessTest {

    @Autowired
    ImportService imports;

    @Autowired
    StorageQuota quota;

    @Autowired
    UserService users;

    @TempDir
    Path work;

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void settingsShowStorageUsedOfTheQuotaWithABar() throws Exception {
        UserAccount me = users.findByUsername(BrowserlessUser.NAME).orElseThrow();
        Path wav = TestAudio.writeSineWav(work.resolve("settings-storage.wav"), 44_100, 2, 1.5, 523);
        try (InputStream in = Files.newInputStream(wav)) {
            imports.importAudio(me.id(), in, "settings-storage.wav");
        }
        StorageUsage usage = quota.usage(me.id());
        assertThat(usage.usedBytes()).isGreaterThanOrEqualTo(Files.size(wav));

        SettingsView view = navigate(SettingsView.class);
        StorageSettings storage = view.getChildren()
                .filter(StorageSettings.class::isInstance)
                .map(StorageSettings.class::cast)
                .findFirst()
                .orElseThrow();

        assertThat(storage.used.getText())
                .matches("Storage: \\d+(\\.\\d)? (KB|MB|GB) of 20 GB used")
                .isEqualTo("Storage: " + usage.describe());
        assertThat(storage.bar.isVisible()).isTrue();
        assertThat(storage.bar.getValue()).isEqualTo(usage.fraction()).isGreaterThan(0);
    }
}
