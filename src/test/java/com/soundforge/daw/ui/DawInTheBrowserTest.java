package com.soundforge.daw.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.soundforge.audio.TestAudio;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectRole;
import com.soundforge.daw.model.DawMarker;
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
import java.util.List;
import java.util.Locale;
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
 * list deletes after a confirmation. The editor's own controls: a marker renamed on the ruler, the master fader
 * and the sample rate, each stored by the server and undone from the keyboard. A viewer's editor changes nothing
 * but plays, and becomes editable when the owner promotes them.
 */
@SfaWebTest
class DawInTheBrowserTest {

    private static final String EDITOR_STATE = "() => document.querySelector('#daw-editor').debugState().state";

    /** The editor's test hook (its state, pending batches, view, toast and engine). */
    private static final String S = "document.querySelector('#daw-editor').debugState()";

    /** Where the first marker's flag is drawn on the ruler, in page pixels. */
    private static final String MARKER_FLAG = """
            () => {
              const editor = document.querySelector('#daw-editor');
              const s = editor.debugState();
              const ruler = editor.shadowRoot.querySelector('.ruler').getBoundingClientRect();
              const x = ruler.left + s.state.markers[0].position * s.pxPerSecond - s.scrollLeft + 4;
              return [x, ruler.top + 18];
            }""";

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

    @Test
    void theEditorRenamesAMarkerDrivesTheMasterFaderAndChangesTheSampleRate() {
        UserAccount user = TestUsers.create(users);
        UUID projectId = daw.create(user, "Controls").id();
        daw.apply(
                user,
                projectId,
                batch("{\"op\":\"add\",\"kind\":\"marker\",\"id\":\"" + UUID.randomUUID()
                        + "\",\"value\":{\"name\":\"Verse\",\"position\":2}}"),
                "another-tab");
        Page page = browsers.signIn("http://localhost:" + port, user.username(), TestUsers.PASSWORD);
        page.navigate("/daw/" + projectId);
        page.waitForFunction("() => !!customElements.get('sfa-daw-editor') && !!document.querySelector('#daw-editor')"
                + " && " + S + ".state.markers.length === 1 && " + S + ".engineRate === 48000");
        page.waitForFunction(
                "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");

        @SuppressWarnings("unchecked")
        List<Number> flag = (List<Number>) page.evaluate(MARKER_FLAG);
        page.mouse().dblclick(flag.get(0).doubleValue(), flag.get(1).doubleValue());
        Locator name = page.locator("#daw-editor .marker-name");
        assertThat(name).hasValue("Verse");
        name.fill("  ");
        name.press("Enter");
        page.waitForFunction("() => " + S + ".toast === 'A marker needs a name'");
        assertThat(name).isVisible();
        name.fill("Chorus");
        name.press("Enter");
        assertThat(name).isHidden();
        awaitSettled(page);
        assertThat(daw.open(user, projectId).markers())
                .extracting(DawMarker::name)
                .containsExactly("Chorus");
        page.mouse().dblclick(flag.get(0).doubleValue(), flag.get(1).doubleValue());
        name.fill("Bridge");
        name.press("Escape");
        assertThat(name).isHidden();
        assertThat(daw.open(user, projectId).markers())
                .extracting(DawMarker::name)
                .containsExactly("Chorus");

        Locator fader = page.locator("#daw-editor input.master-volume");
        BoundingBox box = fader.boundingBox();
        double y = box.y + box.height / 2;
        page.mouse().move(box.x + box.width * 0.79, y);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.6, y, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(box.x + box.width * 0.4, y, new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        awaitSettled(page);
        double dragged = daw.open(user, projectId).settings().masterDb();
        assertThat(dragged).isLessThan(-10);
        assertThat(page.locator("#daw-editor .master-db")).hasText(String.format(Locale.ROOT, "%.1f dB", dragged));
        page.keyboard().press("Control+z");
        page.waitForFunction("() => " + S + ".state.masterDb === 0 && " + S + ".pending.length === 0");
        assertThat(daw.open(user, projectId).settings().masterDb())
                .as("the whole drag was one undo step")
                .isZero();
        page.mouse().click(box.x + box.width * 0.3, y);
        awaitSettled(page);
        assertThat(daw.open(user, projectId).settings().masterDb()).isLessThan(-10);
        fader.dispatchEvent("dblclick");
        awaitSettled(page);
        assertThat(daw.open(user, projectId).settings().masterDb())
                .as("a double-click resets")
                .isZero();

        Locator rate = page.locator("#daw-editor select.sample-rate");
        assertThat(rate).hasValue("48000");
        rate.selectOption("44100");
        page.waitForFunction("() => " + S + ".engineRate === 44100 && " + S + ".pending.length === 0");
        assertThat(daw.open(user, projectId).settings().sampleRate()).isEqualTo(44_100);
        page.keyboard().press("Control+z");
        page.waitForFunction("() => " + S + ".engineRate === 48000 && " + S + ".pending.length === 0");
        assertThat(daw.open(user, projectId).settings().sampleRate()).isEqualTo(48_000);
        assertThat(rate).hasValue("48000");
        daw.apply(
                user,
                projectId,
                batch("{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"sampleRate\",\"value\":44100}"),
                "another-tab");
        page.waitForFunction("() => " + S + ".engineRate === 44100");
        assertThat(rate).hasValue("44100");
    }

    @Test
    void aViewerPlaysButChangesNothingUntilTheOwnerMakesThemAnEditor() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UserAccount viewer = TestUsers.create(users);
        Path wav = TestAudio.writeSineWav(files.resolve("Shared - Tone.wav"), 44_100, 2, 3, 220);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, "Shared - Tone.wav").track();
        }
        UUID projectId = daw.create(owner, "Shared song").id();
        daw.addToProject(owner, projectId, track.id());
        daw.share(owner, projectId, viewer.username(), ProjectRole.VIEWER);
        Page page = browsers.signIn("http://localhost:" + port, viewer.username(), TestUsers.PASSWORD);
        page.navigate("/daw/" + projectId);
        page.waitForFunction("() => !!customElements.get('sfa-daw-editor') && !!document.querySelector('#daw-editor')"
                + " && " + S + ".state.clips.length === 1 && " + S + ".readOnly && " + S + ".engineRate !== null");
        page.waitForFunction(
                "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
        assertThat(page.locator("#daw-view-only")).isVisible();
        assertThat(page.locator("#daw-editor .view-only")).hasText("View only");
        assertThat(page.locator("#daw-library-grid")).isHidden();
        long seq = daw.open(owner, projectId).seq();

        String clipId = (String) page.evaluate("() => " + S + ".state.clips[0].id");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> rect = (java.util.Map<String, Number>)
                page.evaluate("id => document.querySelector('#daw-editor').clipRect(id)", clipId);
        double x = (rect.get("left").doubleValue() + rect.get("right").doubleValue()) / 2;
        double y = (rect.get("top").doubleValue() + rect.get("bottom").doubleValue()) / 2;
        page.mouse().click(x, y);
        page.waitForFunction("id => " + S + ".selection.includes(id)", clipId);
        page.keyboard().press("Delete");
        page.keyboard().press("ArrowRight");
        page.waitForFunction("() => " + S + ".toast.startsWith('View only')");
        assertThat(page.evaluate("() => " + S + ".state.clips.length + ':' + " + S + ".pending.length"))
                .isEqualTo("1:0");
        assertThat(daw.open(owner, projectId).seq())
                .as("nothing reached the server")
                .isEqualTo(seq);
        page.keyboard().press("Space");
        page.waitForFunction("() => " + S + ".playing");
        page.keyboard().press("Space");

        daw.share(owner, projectId, viewer.username(), ProjectRole.EDITOR);
        page.waitForFunction("() => !" + S + ".readOnly");
        assertThat(page.locator("#daw-view-only")).isHidden();
        page.mouse().click(x, y);
        page.keyboard().press("Delete");
        awaitSettled(page);
        assertThat(daw.open(owner, projectId).clips()).isEmpty();
    }

    private static String batch(String op) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[" + op + "]}";
    }

    private static void awaitSettled(Page page) {
        page.waitForFunction("() => " + S + ".pending.length === 0");
    }
}
