package com.soundforge.library.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.TestAudio;
import com.soundforge.support.AudioHttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PageDownloaderTest {

    static final Path MP3 = Path.of("src/test/resources/audio/tone-stereo-44k.mp3");

    @TempDir
    Path dataDir;

    @Test
    void withoutYtDlpAPageLinkFailsWithInstructionsInsteadOfSilently() throws Exception {
        PageDownloader missing = new PageDownloader(
                incomingFiles(),
                limits(false, Duration.ofMinutes(1)),
                AddressGuard.STRICT,
                "yt-dlp-is-not-installed-here");

        assertThat(missing.isAvailable()).isFalse();
        assertThatThrownBy(() -> missing.download("https://www.youtube.com/watch?v=x", (a, b) -> {}))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ImportFailure.UNSUPPORTED_SOURCE);
                    assertThat(e.getMessage()).contains("yt-dlp").contains("apt-get install yt-dlp ffmpeg");
                });
    }

    @Test
    void streamingSitesAreRecognisedAsPageLinks() {
        assertThat(PageUrls.isPageUrl(URI.create("https://www.youtube.com/watch?v=abc")))
                .isTrue();
        assertThat(PageUrls.isPageUrl(URI.create("https://youtu.be/abc"))).isTrue();
        assertThat(PageUrls.isPageUrl(URI.create("https://soundcloud.com/artist/track")))
                .isTrue();
        assertThat(PageUrls.isPageUrl(URI.create("https://artist.bandcamp.com/track/x")))
                .isTrue();
        assertThat(PageUrls.isPageUrl(URI.create("https://example.com/song.mp3")))
                .isFalse();
        assertThat(PageUrls.isPageUrl(URI.create("https://notyoutube.com/x"))).isFalse();
    }

    @Test
    void aPageCannotMakeYtDlpFetchMediaFromALoopbackAddress() throws Exception {
        PageDownloader ytDlp = guardedYtDlp();
        try (AudioHttpServer internal = new AudioHttpServer();
                SecondLoopbackServer page = new SecondLoopbackServer()) {
            internal.status("/tone.mp3", 200, "audio/mpeg", Files.readAllBytes(MP3));
            page.serve("/session", "text/html", html("Night Session", internal.url("/tone.mp3")));

            assertThatThrownBy(() -> ytDlp.download(page.url("/session"), (a, b) -> {}))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.failure()).isEqualTo(ImportFailure.BAD_URL);
                        assertThat(e.getMessage())
                                .contains("private or local addresses")
                                .contains("127.0.0.1");
                    });

            assertThat(page.hits("/session")).as("the page itself was allowed").isPositive();
            assertThat(internal.hits("/tone.mp3"))
                    .as("the loopback media URL was never fetched")
                    .isZero();
        }
        assertThat(dataDir.resolve("tmp").toFile().list()).isEmpty();
    }

    @Test
    void aRedirectToAnFtpLinkDoesNotLetYtDlpConnectAroundTheProxy() throws Exception {
        PageDownloader ytDlp = guardedYtDlp();
        try (ServerSocket ftp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                SecondLoopbackServer page = new SecondLoopbackServer()) {
            AtomicInteger connections = new AtomicInteger();
            Thread.ofVirtual().start(() -> {
                while (!ftp.isClosed()) {
                    try (Socket ignored = ftp.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            page.redirect("/session", "ftp://127.0.0.1:" + ftp.getLocalPort() + "/tone.mp3");

            assertThatThrownBy(() -> ytDlp.download(page.url("/session"), (a, b) -> {}))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.failure()).isEqualTo(ImportFailure.BAD_URL);
                        assertThat(e.getMessage()).contains("Only http:// and https://");
                    });

            assertThat(page.hits("/session")).isPositive();
            assertThat(connections).as("nothing connected to the FTP port").hasValue(0);
        }
    }

    @Test
    void aPageWhoseMediaIsOnAnAllowedAddressIsDownloadedThroughTheProxy() throws Exception {
        PageDownloader ytDlp = guardedYtDlp();
        try (SecondLoopbackServer page = new SecondLoopbackServer()) {
            page.serve("/tone.mp3", "audio/mpeg", Files.readAllBytes(MP3))
                    .serve("/session", "text/html", html("Night Session", page.url("/tone.mp3")));

            PageDownloader.Downloaded downloaded = ytDlp.download(page.url("/session"), (a, b) -> {});

            assertThat(downloaded.title()).startsWith("Night Session").endsWith(".flac");
            assertThat(downloaded.upload().sizeBytes()).isPositive();
            assertThat(page.hits("/tone.mp3")).isPositive();
        }
    }

    @Test
    void aPageDownloadThatDripsIsStoppedAtTheOverallLimit() throws Exception {
        byte[] wav = Files.readAllBytes(TestAudio.writeSineWav(dataDir.resolve("tone.wav"), 44_100, 2, 2.0, 440));
        PageDownloader ytDlp =
                new PageDownloader(incomingFiles(), limits(true, Duration.ofSeconds(5)), AddressGuard.OPEN, "yt-dlp");
        Assumptions.assumeTrue(ytDlp.isAvailable(), "yt-dlp and ffmpeg are installed (.ci/run installs them)");
        try (AudioHttpServer server = new AudioHttpServer()) {
            server.serve("/drip.wav", wav, 64, 500);
            long start = System.nanoTime();

            assertThatThrownBy(() -> ytDlp.download(server.url("/drip.wav"), (a, b) -> {}))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.failure()).isEqualTo(ImportFailure.TOO_SLOW);
                        assertThat(e.getMessage())
                                .isEqualTo("The download was stopped: it took longer than the limit of 5 s.");
                    });

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            assertThat(server.hits("/drip.wav")).isPositive();
        }
        assertThat(dataDir.resolve("tmp").toFile().list()).isEmpty();
    }

    @Test
    void aHungDownloaderIsKilledWithItsChildProcessesAtTheOverallLimit() throws Exception {
        Path childPid = dataDir.resolve("child.pid");
        Path script = dataDir.resolve("hanging-yt-dlp");
        Files.writeString(script, """
                #!/bin/sh
                [ "$1" = "--version" ] && exit 0
                sleep 300 &
                echo $! > '%s'
                wait
                """.formatted(childPid));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        PageDownloader hanging = new PageDownloader(
                incomingFiles(), limits(true, Duration.ofSeconds(2)), AddressGuard.OPEN, script.toString());
        Assumptions.assumeTrue(hanging.isAvailable(), "ffmpeg is installed");
        long start = System.nanoTime();

        assertThatThrownBy(() -> hanging.download("http://127.0.0.1:9/page", (a, b) -> {}))
                .hasMessage("The download was stopped: it took longer than the limit of 2 s.");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        long pid = Long.parseLong(Files.readString(childPid).trim());
        long killedBy = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < killedBy) {
            Thread.sleep(50);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("the child is killed")
                .isFalse();
    }

    private PageDownloader guardedYtDlp() {
        PageDownloader ytDlp = new PageDownloader(
                incomingFiles(),
                limits(false, Duration.ofMinutes(1)),
                AddressGuard.allowing(List.of("127.0.0.2/32")),
                "yt-dlp");
        Assumptions.assumeTrue(ytDlp.isAvailable(), "yt-dlp and ffmpeg are installed (.ci/run installs them)");
        return ytDlp;
    }

    private static byte[] html(String title, String mediaUrl) {
        return ("<html><head><title>" + title + "</title></head><body><audio controls src=\"" + mediaUrl
                        + "\"></audio></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static ImportProperties limits(boolean allowPrivate, Duration maxDuration) {
        return new ImportProperties(
                allowPrivate,
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                5,
                maxDuration,
                DataSize.ofBytes(0),
                Duration.ofSeconds(1));
    }

    private IncomingFiles incomingFiles() {
        try {
            return IncomingFilesTest.incomingFiles(dataDir, DataSize.ofMegabytes(5));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
