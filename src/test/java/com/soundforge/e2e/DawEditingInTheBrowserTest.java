package com.soundforge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.soundforge.daw.DawService;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.library.imports.ImportService;
import com.soundforge.pipeline.PipelineService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.ImportedAndProcessed;
import com.soundforge.support.SfaPipelineTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A producer's session in Chromium: two library tracks and a stem dragged from the library panel into a project,
 * one clip moved, trimmed, faded and split with the mouse, the split undone and redone with the keyboard, the
 * project played (the engine schedules sources and the playhead moves) and exported to a WAV that downloads; a
 * second tab of the same user follows every edit, and a reload shows the project as the server stored it.
 */
@SfaPipelineTest
class DawEditingInTheBrowserTest {

    /** The editor's test hook: its visible state, selection, pending batches, playhead and engine report. */
    private static final String S = "document.querySelector('#daw-editor').debugState()";

    /** Drags the library row whose text contains the label and drops it below the last lane. */
    private static final String DRAG_ROW_BELOW_LANES = """
            label => {
              const content = [...document.querySelectorAll('#daw-library-grid vaadin-grid-cell-content')]
                  .find(c => c.textContent.toLowerCase().includes(label));
              if (!content) return false;
              const data = new DataTransfer();
              content.dispatchEvent(new DragEvent('dragstart', {bubbles: true, composed: true, dataTransfer: data}));
              const editor = document.querySelector('#daw-editor');
              const box = editor.shadowRoot.querySelector('.lanes-box');
              const r = box.getBoundingClientRect();
              const at = {bubbles: true, composed: true, cancelable: true, dataTransfer: data,
                          clientX: r.left + 40, clientY: r.bottom - 10};
              box.dispatchEvent(new DragEvent('dragover', at));
              box.dispatchEvent(new DragEvent('drop', at));
              return true;
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
    PipelineService pipelines;

    @Autowired
    DawService daw;

    @TempDir
    Path work;

    @Test
    void aProducerBuildsEditsPlaysAndExportsAProjectWhileASecondTabFollows() throws Exception {
        UserAccount user = TestUsers.create(users);
        ImportedAndProcessed.track(
                imports, pipelines, user, TestMusic.writeMinorGroove(work.resolve("Crate - Alpha.wav"), 120, 6));
        ImportedAndProcessed.track(
                imports, pipelines, user, TestMusic.writeMinorGroove(work.resolve("Crate - Beta.wav"), 124, 6));
        UUID id = daw.create(user, "Browser session").id();
        String base = "http://localhost:" + port;
        Page tab = browsers.signIn(base, user.username(), TestUsers.PASSWORD);
        Page second = browsers.signIn(base, user.username(), TestUsers.PASSWORD);
        tab.navigate("/daw/" + id);
        second.navigate("/daw/" + id);
        tab.waitForFunction(
                "() => document.querySelector('#daw-editor')?.debugState?.().state?.name === 'Browser session'");
        tab.waitForSelector("#daw-library-grid vaadin-grid-cell-content");

        assertThat(tab.evaluate(DRAG_ROW_BELOW_LANES, "alpha")).isEqualTo(true);
        awaitClips(tab, 1);
        assertThat(tab.evaluate(DRAG_ROW_BELOW_LANES, "beta")).isEqualTo(true);
        awaitClips(tab, 2);
        tab.locator("#daw-library-grid vaadin-grid-tree-toggle").first().click();
        tab.waitForFunction("() => [...document.querySelectorAll('#daw-library-grid vaadin-grid-cell-content')]"
                + ".some(c => c.textContent.toLowerCase().includes('drums'))");
        assertThat(tab.evaluate(DRAG_ROW_BELOW_LANES, "drums")).isEqualTo(true);
        awaitClips(tab, 3);
        awaitSettled(tab);
        assertThat(daw.open(user, id).clips()).hasSize(3);

        String clip = (String) tab.evaluate("() => " + S + ".state.clips[0].id");
        double position = number(tab, clipProp(clip, "position"));
        BoundingBox r = rect(tab, clip);
        drag(tab, r.x + r.width / 2, r.y + r.height / 2, r.x + r.width / 2 + 80, r.y + r.height / 2);
        awaitSettled(tab);
        assertThat(number(tab, clipProp(clip, "position"))).isGreaterThan(position);

        r = rect(tab, clip);
        drag(tab, r.x + 2, r.y + r.height / 2, r.x + 42, r.y + r.height / 2);
        awaitSettled(tab);
        assertThat(number(tab, clipProp(clip, "offset"))).as("left trim").isGreaterThan(0);
        assertThat(number(tab, clipProp(clip, "length"))).isLessThan(6);

        r = rect(tab, clip);
        drag(tab, r.x + 1, r.y + 3, r.x + 41, r.y + 3);
        awaitSettled(tab);
        assertThat(number(tab, clipProp(clip, "fadeIn"))).as("fade-in handle").isGreaterThan(0);

        r = rect(tab, clip);
        tab.keyboard().down("Alt");
        tab.mouse().click(r.x + r.width / 2, r.y + r.height / 2 + 8);
        tab.keyboard().up("Alt");
        awaitClips(tab, 4);
        awaitSettled(tab);

        tab.evaluate("() => document.querySelector('#daw-editor').focus()");
        tab.keyboard().press("Control+z");
        awaitClips(tab, 3);
        tab.keyboard().press("Control+Shift+z");
        awaitClips(tab, 4);
        awaitSettled(tab);

        String stored = clipsOf(daw.open(user, id));
        second.waitForFunction(
                "expected => JSON.stringify(" + S + ".state.clips.map(c => [c.id, c.position,"
                        + " c.length, c.fadeIn]).sort()) === expected",
                stored);

        tab.keyboard().press("Space");
        tab.waitForFunction("() => " + S + ".playing && " + S + ".scheduled.length > 0");
        double first = number(tab, S + ".playhead");
        tab.waitForFunction("p => " + S + ".playhead > p + 0.2", first);
        tab.keyboard().press("Space");

        tab.reload();
        tab.waitForFunction(
                "expected => { const s = document.querySelector('#daw-editor')?.debugState?.(); return !!s &&"
                        + " JSON.stringify(s.state.clips.map(c => [c.id, c.position, c.length, c.fadeIn]).sort())"
                        + " === expected; }",
                stored);

        tab.locator("#export-wav24").click();
        tab.waitForSelector("#daw-export-download", new Page.WaitForSelectorOptions().setTimeout(120_000));
        String href = tab.locator("#daw-export-download").getAttribute("href");
        APIResponse wav = tab.request().get(href);
        assertThat(wav.status()).isEqualTo(200);
        assertThat(new String(wav.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    }

    private static String clipsOf(ProjectState state) {
        return state.clips().stream()
                .map(c -> "[\"" + c.id() + "\"," + js(c.position()) + "," + js(c.length()) + "," + js(c.fadeIn()) + "]")
                .sorted()
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static String js(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String clipProp(String clip, String prop) {
        return S + ".state.clips.find(c => c.id === '" + clip + "')." + prop;
    }

    private static BoundingBox rect(Page tab, String clip) {
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>)
                tab.evaluate("() => document.querySelector('#daw-editor').clipRect('" + clip + "')");
        BoundingBox box = new BoundingBox();
        box.x = r.get("left").doubleValue();
        box.y = r.get("top").doubleValue();
        box.width = r.get("right").doubleValue() - box.x;
        box.height = r.get("bottom").doubleValue() - box.y;
        return box;
    }

    private static void drag(Page tab, double x0, double y0, double x1, double y1) {
        tab.mouse().move(x0, y0);
        tab.mouse().down();
        tab.mouse().move((x0 + x1) / 2, (y0 + y1) / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        tab.mouse().move(x1, y1, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        tab.mouse().up();
    }

    private static double number(Page tab, String expression) {
        return ((Number) tab.evaluate("() => " + expression)).doubleValue();
    }

    private static void awaitClips(Page tab, int count) {
        tab.waitForFunction("n => " + S + ".state.clips.length === n", count);
    }

    private static void awaitSettled(Page tab) {
        tab.waitForFunction("() => " + S + ".pending.length === 0");
    }
}
