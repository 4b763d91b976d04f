package com.soundforge.daw.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TempoService;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectRole;
import com.soundforge.e2e.BrowserSupport;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A collaborator's open editor follows the track owner's edit of the beat grid at once: the warped clip's source
 * tempo and length change in place (no resynchronization, no reload), and the change is not on their undo stack.
 */
@SfaWebTest
class DawTempoFollowInTheBrowserTest {

    private static final String S = "document.querySelector('#daw-editor').debugState()";

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    LibraryService library;

    @Autowired
    AnalysisService analysis;

    @Autowired
    TempoService tempo;

    @Autowired
    DawService daw;

    @TempDir
    Path files;

    @Test
    void aCollaboratorsEditorAppliesTheFollowedGridInPlace() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UserAccount editor = TestUsers.create(users);
        Path wav = TestMusic.writeMinorGroove(files.resolve("Follow - Groove.wav"), 124, 20);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, "Follow - Groove.wav").track();
        }
        analysis.analyse(track.id(), library.audioFile(owner.id(), track.id()).path(), fraction -> {});
        UUID projectId = daw.create(owner, "Follow").id();
        daw.addToProject(owner, projectId, track.id());
        daw.share(owner, projectId, editor.username(), ProjectRole.EDITOR);
        String clipId =
                daw.open(owner, projectId).clips().iterator().next().id().toString();
        daw.apply(
                owner,
                projectId,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[{\"op\":\"set\",\"kind\":\"clip\",\"id\":\"" + clipId
                        + "\",\"prop\":\"length\",\"value\":8},{\"op\":\"set\",\"kind\":\"clip\",\"id\":\"" + clipId
                        + "\",\"prop\":\"warp\",\"value\":true}]}",
                null);

        Page page = browsers.signIn("http://localhost:" + port, editor.username(), TestUsers.PASSWORD);
        page.navigate("/daw/" + projectId);
        page.waitForFunction("() => !!customElements.get('sfa-daw-editor') && !!document.querySelector('#daw-editor')"
                + " && " + S + ".state?.clips.length === 1");
        page.evaluate("() => { window.sameDocument = true; window.resyncs = 0;"
                + " document.addEventListener('sfa-daw-resync', () => window.resyncs++, true); }");

        double halved = tempo.edit(owner.id(), track.id(), "halve", null).bpm();

        page.waitForFunction("bpm => " + S + ".state.clips[0].source.bpm === bpm", halved);
        double length = daw.open(owner, projectId).clips().iterator().next().length();
        assertThat(length).isLessThan(8);
        assertThat(number(page, S + ".state.clips[0].length")).isEqualTo(length);
        assertThat(page.evaluate("() => window.sameDocument === true && window.resyncs === 0"))
                .as("applied in place, not by a resynchronization")
                .isEqualTo(true);
        assertThat(page.evaluate("() => " + S + ".canUndo")).isEqualTo(false);
    }

    private static double number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).doubleValue();
    }
}
