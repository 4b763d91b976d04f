package com.soundforge.daw.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.soundforge.audio.TestAudio;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectRole;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two producers in one project, each in their own Chromium context: each sees who is in the project, the other's
 * pointer, selection and drag while it happens (with "… is editing '…'"), and one follows the other's playback.
 * A drag whose clip someone deletes ends with a note. A page whose push connection lost messages catches up when
 * reconnects (the server's sequence number, sent every few seconds, tells it what it missed), without a reload.
 */
@SfaWebTest
class DawTogetherInTheBrowserTest {

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
    DawService daw;

    @TempDir
    Path files;

    private record Shared(UserAccount owner, UserAccount editor, UUID projectId, String clipId) {}

    private Shared sharedProject(String title) throws Exception {
        UserAccount owner = TestUsers.create(users);
        UserAccount editor = TestUsers.create(users);
        Path wav = TestAudio.writeSineWav(files.resolve(title + " - Tone.wav"), 44_100, 2, 20, 220);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, title + " - Tone.wav").track();
        }
        UUID projectId = daw.create(owner, title).id();
        daw.addToProject(owner, projectId, track.id());
        daw.share(owner, projectId, editor.username(), ProjectRole.EDITOR);
        String clipId =
                daw.open(owner, projectId).clips().iterator().next().id().toString();
        return new Shared(owner, editor, projectId, clipId);
    }

    private Page open(UserAccount user, UUID projectId) {
        Page page = browsers.signIn("http://localhost:" + port, user.username(), TestUsers.PASSWORD);
        page.navigate("/daw/" + projectId);
        awaitEditor(page);
        return page;
    }

    private static void awaitEditor(Page page) {
        page.waitForFunction("() => !!customElements.get('sfa-daw-editor') && !!document.querySelector('#daw-editor')"
                + " && " + S + ".state.clips.length === 1 && " + S + ".engineRate !== null");
        page.waitForFunction(
                "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
    }

    @Test
    void producersSeeEachOthersPointerSelectionAndDragAndOneFollowsTheOthersPlayback() throws Exception {
        Shared p = sharedProject("Together");
        Page owner = open(p.owner(), p.projectId());
        Page editor = open(p.editor(), p.projectId());
        String me = p.owner().username();

        editor.waitForFunction("() => " + S + ".live.people.length === 2");
        owner.waitForFunction("() => " + S + ".live.people.length === 2");
        assertThat(editor.locator("#daw-editor .person[data-person='" + me + "']"))
                .isVisible();

        double[] clip = center(owner, p.clipId());
        owner.mouse().click(clip[0], clip[1]);
        owner.mouse().move(clip[0] + 5, clip[1], new Mouse.MoveOptions().setSteps(3));
        editor.waitForFunction(
                "id => " + S + ".live.others.some(o => o.selection.includes(id) && o.cursor?.message.track)",
                p.clipId());

        owner.mouse().down();
        owner.mouse().move(clip[0] + 80, clip[1], new Mouse.MoveOptions().setSteps(6));
        editor.waitForFunction(
                "id => " + S + ".shownClips.find(c => c.id === id).position > 0"
                        + " && " + S + ".state.clips[0].position === 0"
                        + " && " + S + ".live.others.some(o => o.editing === id)",
                p.clipId());
        assertThat(daw.open(p.owner(), p.projectId()).clips().iterator().next().position())
                .as("a preview stores nothing")
                .isZero();
        owner.mouse().up();
        editor.waitForFunction(
                "id => " + S + ".state.clips[0].position > 0 && " + S + ".live.others.every(o => !o.editing)",
                p.clipId());
        double dropped = number(editor, S + ".state.clips[0].position");
        assertThat(number(editor, S + ".shownClips[0].position")).isEqualTo(dropped);
        assertThat(daw.open(p.owner(), p.projectId()).clips().iterator().next().position())
                .isEqualTo(dropped);

        editor.locator("#daw-editor .person[data-person='" + me + "']").click();
        owner.keyboard().press("Space");
        owner.waitForFunction("() => " + S + ".playing");
        editor.waitForFunction("() => " + S + ".playing && " + S + ".live.following !== null");
        double[] drifts = new double[7];
        for (int i = 0; i < drifts.length; i++) {
            owner.waitForTimeout(400);
            owner.waitForFunction("() => !" + S + ".loading");
            editor.waitForFunction("() => !" + S + ".loading");
            drifts[i] = Math.abs(startedAt(owner) - startedAt(editor));
        }
        java.util.Arrays.sort(drifts);
        // 44-86 ms on an idle 2-core machine; a loaded one slows headless Chromium's audio clocks
        assertThat(drifts[drifts.length / 2])
                .as("the follower plays along with the leader (drifts %s s)", java.util.Arrays.toString(drifts))
                .isLessThan(0.25);
        owner.keyboard().press("Space");
        editor.waitForFunction("() => !" + S + ".playing");

        long closed = System.nanoTime();
        owner.context().close();
        editor.waitForFunction("() => " + S + ".live.people.length === 1 && " + S + ".live.following === null");
        assertThat((System.nanoTime() - closed) / 1e9)
                .as("a closed tab leaves the others' screens within seconds")
                .isLessThan(10);
    }

    @Test
    void aClipDeletedWhileSomeoneDragsItEndsTheirDragWithANote() throws Exception {
        Shared p = sharedProject("Deleted");
        Page owner = open(p.owner(), p.projectId());
        Page editor = open(p.editor(), p.projectId());
        double[] clip = center(editor, p.clipId());
        editor.mouse().move(clip[0], clip[1]);
        editor.mouse().down();
        editor.mouse().move(clip[0] + 60, clip[1], new Mouse.MoveOptions().setSteps(5));
        owner.waitForFunction("id => " + S + ".live.others.some(o => o.editing === id)", p.clipId());

        double[] mine = center(owner, p.clipId());
        owner.mouse().click(mine[0], mine[1]);
        owner.keyboard().press("Delete");
        editor.waitForFunction("() => " + S + ".state.clips.length === 0");
        editor.waitForFunction(
                "name => " + S + ".toast.startsWith(name + \" deleted '\") && " + S
                        + ".toast.includes(\"' while you were editing it\")",
                p.owner().username());
        editor.mouse().move(clip[0] + 90, clip[1], new Mouse.MoveOptions().setSteps(3));
        editor.mouse().up();
        editor.waitForFunction("() => " + S + ".pending.length === 0");
        assertThat(daw.open(p.owner(), p.projectId()).clips()).isEmpty();
        owner.waitForFunction("() => " + S + ".live.others.every(o => !o.editing)");
    }

    @Test
    void aPageWhosePushConnectionLostMessagesCatchesUpWhenItReconnects() throws Exception {
        Shared p = sharedProject("Offline");
        Page page = browsers.signIn("http://localhost:" + port, p.editor().username(), TestUsers.PASSWORD);
        AtomicBoolean dropping = new AtomicBoolean();
        List<WebSocketRoute> sockets = new CopyOnWriteArrayList<>();
        page.routeWebSocket(Pattern.compile(".*/VAADIN/push.*"), socket -> {
            WebSocketRoute server = socket.connectToServer();
            socket.onMessage(frame -> server.send(frame.text()));
            server.onMessage(frame -> {
                if (!dropping.get()) {
                    socket.send(frame.text());
                }
            });
            sockets.add(socket);
        });
        page.navigate("/daw/" + p.projectId());
        awaitEditor(page);
        assertThat(sockets).as("the page's push goes through the route").isNotEmpty();
        page.evaluate("() => { window.sameDocument = true; }");

        dropping.set(true);
        for (int bpm = 121; bpm <= 125; bpm++) {
            daw.apply(p.owner(), p.projectId(), setBpm(bpm), "another-screen");
        }
        page.waitForTimeout(500);
        assertThat(number(page, S + ".state.bpm")).as("the page heard nothing").isEqualTo(120);
        dropping.set(false);
        sockets.forEach(WebSocketRoute::close);

        page.waitForFunction(
                "() => " + S + ".state?.bpm === 125", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(page.evaluate("() => window.sameDocument === true")).isEqualTo(true);
        assertThat((int) number(page, S + ".state.seq"))
                .isEqualTo((int) daw.open(p.owner(), p.projectId()).seq());
    }

    private static String setBpm(int bpm) {
        return "{\"id\":\"" + UUID.randomUUID()
                + "\",\"ops\":[{\"op\":\"set\",\"kind\":\"project\",\"prop\":\"bpm\",\"value\":" + bpm + "}]}";
    }

    /** Where a clip is drawn once the editor's zoom has settled (the same two frames running). */
    private static double[] center(Page page, String clipId) {
        page.waitForFunction(
                "id => new Promise(r => { const e = document.querySelector('#daw-editor');"
                        + " const a = JSON.stringify(e.clipRect(id)); setTimeout(() =>"
                        + " r(a === JSON.stringify(e.clipRect(id)) && e.clipRect(id).right - e.clipRect(id).left > 40), 150); })",
                clipId);
        @SuppressWarnings("unchecked")
        Map<String, Number> r =
                (Map<String, Number>) page.evaluate("id => document.querySelector('#daw-editor').clipRect(id)", clipId);
        return new double[] {
            (r.get("left").doubleValue() + r.get("right").doubleValue()) / 2,
            (r.get("top").doubleValue() + r.get("bottom").doubleValue()) / 2 + 8
        };
    }

    /**
     * When the page's playback would have started at position 0, on this machine's clock (s): two pages playing
     * in step give the same value, whenever each is asked.
     */
    private static double startedAt(Page page) {
        return number(page, "(performance.timeOrigin + performance.now()) / 1000 - " + S + ".playhead");
    }

    private static double number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).doubleValue();
    }
}
