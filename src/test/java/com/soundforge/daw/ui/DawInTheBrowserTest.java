package com.soundforge.daw.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.soundforge.audio.TestAudio;
import com.soundforge.daw.DawService;
import com.soundforge.e2e.BrowserSupport;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The DAW's pages in real Chromium: a project made in the list opens in the editor, whose element gets the
 * server's state and every batch another screen applies; the library panel's rows carry the source to drag; the
 * list deletes after a confirmation.
 */
@SfaWebTest
class DawInTheBrowserTest {

    private static final String EDITOR_STATE = "() => document.querySelector('#daw-editor').debugState().state";

    /** Fires a dragstart on the library row showing {@code title} and returns what it put in the drag data. */
    private static final String DRAG_ROW = """
            title => {
              const content = [...document.querySelectorAll('#daw-library-grid vaadin-grid-cell-content')]
                  .find(c => c.textContent.includes(title));
              if (!content) return null;
              const data = new DataTransfer();
              content.dispatchEvent(new DragEvent('dragstart', {bubbles: true, composed: true, dataTransfer: data}));
              return data.getData('application/x-sfa-source');
            }""";

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    DawService daw;

    @TempDir
    Path files;

    @Test
    void aNewProjectOpensInTheEditorWhichFollowsTheServerAndOffersTheLibraryToDrag() throws Exception {
        UserAccount user = TestUsers.create(users);
        Path wav = TestAudio.writeSineWav(files.resolve("Browser DAW - Tone.wav"), 44_100, 2, 3, 220);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(user.id(), in, "Browser DAW - Tone.wav").track();
        }
        Page page = browsers.signIn("http://localhost:" + port, user.username(), TestUsers.PASSWORD);

        page.navigate("/daw");
        page.locator("#daw-create").click();
        page.locator("#daw-name input").fill("Browser project");
        page.locator("#daw-name-save").click();
        page.waitForURL(Pattern.compile(".*/daw/[0-9a-f-]{36}$"));
        UUID projectId = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));

        page.waitForFunction("() => customElements.get('sfa-daw-editor') && !!document.querySelector('#daw-editor')"
                + " && document.querySelector('#daw-editor').debugState().state.name === 'Browser project'");
        assertThat(page).hasTitle(Pattern.compile("^Browser project · "));
        String batch = "{\"id\":\"" + UUID.randomUUID()
                + "\",\"ops\":[{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"bpm\",\"value\":133}]}";
        daw.apply(user, projectId, batch, "another-tab");
        page.waitForFunction("() => (" + EDITOR_STATE + ")().bpm === 133");

        assertThat(page.locator("#daw-library-grid vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Tone"))
                        .first())
                .isVisible();
        String dragged = (String) page.evaluate(DRAG_ROW, "Tone");
        assertThat(dragged)
                .contains("\"trackId\":\"" + track.id() + "\"")
                .contains("\"stem\":null")
                .contains("\"name\":\"Tone\"")
                .contains("\"duration\":3.0");

        page.navigate("/daw");
        Locator row = page.locator("#daw-projects vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Browser project"));
        assertThat(row.first()).isVisible();
        page.locator("vaadin-button[aria-label='Delete Browser project']").click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Delete").setExact(true))
                .click();
        assertThat(page.locator("#daw-no-projects")).isVisible();
        assertThat(daw.list(user)).isEmpty();
    }
}
