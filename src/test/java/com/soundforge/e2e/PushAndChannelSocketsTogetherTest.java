package com.soundforge.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.soundforge.audio.TestAudio;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.PhoenixTestClient;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Vaadin's push WebSocket (/VAADIN/push) and the channel socket (/socket/websocket) live side by side. */
@SfaWebTest
class PushAndChannelSocketsTogetherTest {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    ImportService imports;

    @TempDir
    Path files;

    @Test
    void aNewTrackReachesTheBrowserOverPushAndAChannelClientOverTheSocket() throws Exception {
        UserAccount user = TestUsers.create(users);
        try (BrowserSupport browsers = new BrowserSupport().start();
                PhoenixTestClient channel = PhoenixTestClient.connect(
                        port, keys.create(user.id(), "e2e").rawKey())) {
            Page page = browsers.signIn("http://localhost:" + port, user.username(), TestUsers.PASSWORD);
            List<String> sockets = new CopyOnWriteArrayList<>();
            AtomicInteger pushFrames = new AtomicInteger();
            page.onWebSocket(socket -> {
                sockets.add(socket.url());
                socket.onFrameReceived(frame -> pushFrames.incrementAndGet());
            });
            page.reload();
            page.waitForSelector("#track-grid");
            assertThat(channel.join("1", "tracks").at("/4/status").asString()).isEqualTo("ok");

            int framesBefore = pushFrames.get();
            Path wav = TestAudio.writeSineWav(files.resolve("Both Ways - Pushed.wav"), 44_100, 2, 0.5, 440);
            try (InputStream in = Files.newInputStream(wav)) {
                imports.importAudio(user.id(), in, "Both Ways - Pushed.wav");
            }

            assertThat(page.locator("#track-grid vaadin-grid-cell-content")
                            .filter(new Locator.FilterOptions().setHasText("Pushed"))
                            .first())
                    .isVisible();
            assertThat(channel.next().at("/3").asString()).isEqualTo("track:created");
            assertThat(sockets).anyMatch(url -> url.contains("/VAADIN/push"));
            assertThat(pushFrames.get())
                    .as("frames on the push WebSocket after the import")
                    .isGreaterThan(framesBefore);
        }
    }
}
