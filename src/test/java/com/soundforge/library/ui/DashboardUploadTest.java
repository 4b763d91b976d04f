package com.soundforge.library.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.LibraryService;
import com.soundforge.security.UserService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SfaSpringTest
@Import(BrowserlessUser.class)
class DashboardUploadTest extends SpringBrowserlessTest {

    @TempDir
    Path work;

    @Autowired
    LibraryService library;

    @Autowired
    UserService users;

    private int libraryCount() {
        return library.count(
                users.findByUsername(BrowserlessUser.NAME).orElseThrow().id(), null);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void severalFilesDroppedAtOnceEachGetTheirOwnOutcome() throws Exception {
        DashboardView dashboard = navigate(DashboardView.class);
        int before = libraryCount();
        File good = TestAudio.writeSineWav(work.resolve("Dropper - Good Take.wav"), 44_100, 2, 0.5, 440)
                .toFile();
        File text = Files.writeString(work.resolve("notes.wav"), "just some notes", StandardCharsets.UTF_8)
                .toFile();
        File empty = Files.createFile(work.resolve("empty.flac")).toFile();

        test(dashboard.upload).uploadAll(good, text, empty);
        roundTrip();

        assertThat(outcomes(dashboard))
                .containsExactlyInAnyOrder(
                        "Dropper - Good Take.wav: imported as “Dropper – Good Take”.",
                        "notes.wav: This file is not audio (it looks like text).",
                        "empty.flac: The file is empty.");
        assertThat(libraryCount()).isEqualTo(before + 1);
    }

    static List<String> outcomes(DashboardView dashboard) {
        return dashboard
                .uploadResults
                .getChildren()
                .map(DashboardUploadTest::text)
                .toList();
    }

    private static String text(Component line) {
        return ((Paragraph) line).getText();
    }
}
