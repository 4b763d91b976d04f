package com.soundforge.library.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.TestAudio;
import com.soundforge.support.AudioHttpServer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class UrlDownloaderTest {

    @TempDir
    Path dataDir;

    AudioHttpServer server;
    byte[] wav;

    @BeforeEach
    void start() throws Exception {
        server = new AudioHttpServer();
        wav = Files.readAllBytes(TestAudio.writeSineWav(dataDir.resolve("tone.wav"), 44_100, 2, 1.0, 440));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void downloadsFollowRedirectsAndReportProgressUpToTheContentLength() throws Exception {
        server.serve("/tone.wav", wav, 16 * 1024, 0).redirect("/go", server.url("/tone.wav"));
        List<Long> received = new CopyOnWriteArrayList<>();

        StoredUpload upload = downloader(true).download(server.url("/go"), (got, total) -> {
            assertThat(total).isEqualTo(wav.length);
            received.add(got);
        });

        assertThat(Files.readAllBytes(upload.tempFile())).isEqualTo(wav);
        assertThat(received).isSorted().last().isEqualTo((long) wav.length);
    }

    @Test
    void privateAndLocalAddressesAreRefusedUnlessAllowed() {
        server.serve("/tone.wav", wav, wav.length, 0);
        assertThatThrownBy(() -> downloader(false).download(server.url("/tone.wav"), (a, b) -> {}))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ImportFailure.BAD_URL);
                    assertThat(e.getMessage()).contains("private or local addresses");
                });
        assertThat(server.hits("/tone.wav")).isZero();
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedToo() throws Exception {
        assertThat(AddressGuard.isPrivate(InetAddress.getByName("10.1.2.3"))).isTrue();
        assertThat(AddressGuard.isPrivate(InetAddress.getByName("192.168.0.1"))).isTrue();
        assertThat(AddressGuard.isPrivate(InetAddress.getByName("169.254.169.254")))
                .isTrue();
        assertThat(AddressGuard.isPrivate(InetAddress.getByName("100.64.0.1"))).isTrue();
        assertThat(AddressGuard.isPrivate(InetAddress.getByName("::1"))).isTrue();
        assertThat(AddressGuard.isPrivate(InetAddress.getByName("fd00::1"))).isTrue();
        assertThat(AddressGuard.isPrivate(InetAddress.getByName("93.184.216.34")))
                .isFalse();
        assertThat(AddressGuard.isPrivate(InetAddress.getByName("2606:4700::1111")))
                .isFalse();
    }

    @Test
    void aRedirectFromAnAllowedServerToALoopbackAddressIsRefusedBeforeItIsFollowed() throws Exception {
        server.serve("/tone.wav", wav, wav.length, 0);
        try (SecondLoopbackServer allowed = new SecondLoopbackServer()) {
            allowed.redirect("/go", server.url("/tone.wav"));
            UrlDownloader guarded = new UrlDownloader(
                    new ImportProperties(
                            false,
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(5),
                            5,
                            Duration.ofMinutes(1),
                            DataSize.ofBytes(0),
                            Duration.ofSeconds(1)),
                    incomingFiles(),
                    AddressGuard.allowing(List.of("127.0.0.2/32")));

            assertThatThrownBy(() -> guarded.download(allowed.url("/go"), (a, b) -> {}))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.failure()).isEqualTo(ImportFailure.BAD_URL);
                        assertThat(e.getMessage())
                                .contains("private or local addresses")
                                .contains("127.0.0.1");
                    });
            assertThat(allowed.hits("/go")).isEqualTo(1);
        }
        assertThat(server.hits("/tone.wav")).isZero();
    }

    @Test
    void aListenerThatStopsTheDownloadGetsItsOwnExceptionBackAndNoPartialFileIsLeft() {
        server.serve("/slow.wav", wav, 4 * 1024, 20);
        IllegalStateException cancelled = new IllegalStateException("Cancelled by the user.");

        assertThatThrownBy(() -> downloader(true).download(server.url("/slow.wav"), (got, total) -> {
                    if (got > 8 * 1024) {
                        throw cancelled;
                    }
                }))
                .isSameAs(cancelled);

        assertThat(dataDir.resolve("tmp").toFile().list())
                .as("the partial file is deleted")
                .isEmpty();
    }

    @Test
    void badUrlsAndLastingRefusalsFailForGoodWhileServerTroubleIsWorthRetrying() {
        server.status("/missing.wav", 404, "text/plain", "nope".getBytes())
                .status("/busy.wav", 503, "text/plain", "later".getBytes())
                .status("/page", 200, "text/html; charset=utf-8", "<html></html>".getBytes());
        assertFailure("ftp://example.com/a.wav", ImportFailure.BAD_URL, "Only http");
        assertFailure("not a url at all", ImportFailure.BAD_URL, "");
        assertFailure(server.url("/missing.wav"), ImportFailure.BAD_URL, "404");
        assertFailure(server.url("/busy.wav"), ImportFailure.DOWNLOAD, "503");
        assertFailure(server.url("/page"), ImportFailure.NOT_AUDIO, "web page");
    }

    @Test
    void aFileOverTheLimitIsRefusedFromItsContentLength() {
        server.serve("/big.wav", new byte[3 * 1024 * 1024], 1024 * 1024, 0);
        assertFailure(server.url("/big.wav"), ImportFailure.TOO_LARGE, "limit");
        assertThat(dataDir.resolve("tmp").toFile().list()).isEmpty();
    }

    @Test
    void aServerThatStopsSendingTimesOut() {
        server.serve("/stall.wav", wav, 1024, 3_000);
        UrlDownloader impatient = new UrlDownloader(
                limits(Duration.ofMillis(300), Duration.ofMinutes(1), DataSize.ofBytes(0), Duration.ofSeconds(1)),
                incomingFiles());
        assertThatThrownBy(() -> impatient.download(server.url("/stall.wav"), (a, b) -> {}))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ImportFailure.INTERRUPTED);
                    assertThat(e.getMessage()).contains("timed out");
                });
    }

    private void assertFailure(String url, ImportFailure failure, String messagePart) {
        assertThatThrownBy(() -> downloader(true).download(url, (a, b) -> {}))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(failure);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerThatDripsBytesJustInsideTheReadTimeoutIsStoppedBelowTheMinimumRate() {
        server.serve("/drip.wav", wav, 16, 200);
        UrlDownloader strict = new UrlDownloader(
                limits(Duration.ofSeconds(5), Duration.ofMinutes(1), DataSize.ofKilobytes(1), Duration.ofSeconds(1)),
                incomingFiles());
        List<Long> received = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();

        assertThatThrownBy(() -> strict.download(server.url("/drip.wav"), (got, total) -> received.add(got)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ImportFailure.TOO_SLOW);
                    assertThat(e.getMessage())
                            .startsWith("The download was stopped: the server sent ")
                            .contains("bytes in 1 s, below the minimum rate of 1 KB/s");
                });

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(received).isNotEmpty();
        assertThat(dataDir.resolve("tmp").toFile().list())
                .as("the partial file is deleted")
                .isEmpty();
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDownloadThatOutlastsTheOverallLimitIsStoppedWhileDataStillFlows() {
        server.serve("/long.wav", wav, 4096, 100);
        UrlDownloader strict = new UrlDownloader(
                limits(Duration.ofSeconds(5), Duration.ofMillis(1500), DataSize.ofBytes(0), Duration.ofMillis(500)),
                incomingFiles());
        List<Long> received = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();

        assertThatThrownBy(() -> strict.download(server.url("/long.wav"), (got, total) -> received.add(got)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ImportFailure.TOO_SLOW);
                    assertThat(e.getMessage())
                            .isEqualTo("The download was stopped: it took longer than the limit of 1500 ms.");
                });

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(received).last().isNotNull().matches(got -> got > 4096 && got < wav.length);
        assertThat(dataDir.resolve("tmp").toFile().list())
                .as("the partial file is deleted")
                .isEmpty();
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerThatDripsItsResponseHeadersIsStoppedByTheOverallLimit() throws Exception {
        try (DrippingServer dripping = new DrippingServer(100)) {
            UrlDownloader strict = new UrlDownloader(
                    limits(Duration.ofSeconds(5), Duration.ofMillis(1500), DataSize.ofBytes(0), Duration.ofSeconds(1)),
                    incomingFiles());
            long start = System.nanoTime();

            assertThatThrownBy(() -> strict.download(dripping.url(), (got, total) -> {}))
                    .isInstanceOfSatisfying(
                            ImportException.class,
                            e -> assertThat(e.getMessage())
                                    .isEqualTo("The download was stopped: it took longer than the limit of 1500 ms."));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(dripping.bytesSent()).isPositive();
        }
    }

    @Test
    void aBodyCutShortOfItsContentLengthIsNotTakenForWholeThroughTheProxy() throws Exception {
        try (DrippingServer cut = DrippingServer.cutShort(1000, 400)) {
            assertFailure(cut.url(), ImportFailure.INTERRUPTED, "interrupted");
        }
        assertThat(dataDir.resolve("tmp").toFile().list()).isEmpty();
    }

    private UrlDownloader downloader(boolean allowPrivate) {
        return new UrlDownloader(
                new ImportProperties(
                        allowPrivate,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5),
                        5,
                        Duration.ofMinutes(1),
                        DataSize.ofBytes(0),
                        Duration.ofSeconds(1)),
                incomingFiles());
    }

    private static ImportProperties limits(
            Duration readTimeout, Duration maxDuration, DataSize minRate, Duration minRateWindow) {
        return new ImportProperties(true, Duration.ofSeconds(2), readTimeout, 5, maxDuration, minRate, minRateWindow);
    }

    private IncomingFiles incomingFiles() {
        try {
            return IncomingFilesTest.incomingFiles(dataDir, DataSize.ofMegabytes(1));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
