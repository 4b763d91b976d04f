package com.soundforge.daw.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.AudioDecoder;
import com.soundforge.audio.PcmStream;
import com.soundforge.audio.TestAudio;
import com.soundforge.daw.engine.Arrangement;
import com.soundforge.daw.model.ClipSource;
import com.soundforge.daw.model.DawClip;
import com.soundforge.daw.model.DawTrack;
import com.soundforge.daw.model.FadeCurve;
import com.soundforge.daw.model.Meter;
import com.soundforge.daw.model.ProjectSettings;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.HttpSession;
import com.soundforge.support.SfaPipelineTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SfaPipelineTest
class DawExportTest {

    private static final int RATE = 48_000;

    @LocalServerPort
    int port;

    @Autowired
    com.soundforge.daw.DawService daw;

    @Autowired
    DawExportService service;

    @Autowired
    DawExportRunner runner;

    @Autowired
    DawExportRepository repository;

    @Autowired
    ImportService imports;

    @Autowired
    LibraryService library;

    @Autowired
    UserService users;

    @Autowired
    Broadcaster broadcaster;

    @TempDir
    Path work;

    @Test
    void aWavExportRendersTheArrangementReportsMissingSourcesAndIsDownloadedByItsOwnerOnly() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UserAccount stranger = TestUsers.create(users);
        Track source = importSine(owner, 3);
        DawTrack drums = track("Drums", 1);
        DawClip gone = clip(drums, UUID.randomUUID(), 0, 1);
        Arrangement arrangement = arrangement(List.of(drums), List.of(clip(drums, source.id(), 0.5, 2), gone));
        UUID projectId = daw.create(owner, "Export").id();
        List<TopicMessage> jobEvents = new CopyOnWriteArrayList<>();
        List<TopicMessage> projectEvents = new CopyOnWriteArrayList<>();

        DawExport started = service.start(owner.id(), projectId, arrangement, "wav24");
        try (Subscription a = broadcaster.subscribe(Topics.job(started.id()), jobEvents::add);
                Subscription b = broadcaster.subscribe("daw:project:" + projectId, projectEvents::add)) {
            DawExport done = awaitFinished(owner, started.id());
            assertThat(done.status()).isEqualTo(DawExportStatus.COMPLETED);
            assertThat(done.silentClipIds()).containsExactly(gone.id());
            Instant deadline = Instant.now().plusSeconds(10);
            while ((jobEvents.isEmpty() || !jobEvents.getLast().event().equals("job:completed"))
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(jobEvents).isNotEmpty();
            assertThat(jobEvents.getLast().event()).isEqualTo("job:completed");
            assertThat(jobEvents).anyMatch(m -> m.event().equals("job:progress"));
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> last =
                    (java.util.Map<String, Object>) jobEvents.getLast().payload();
            assertThat(last)
                    .containsEntry("job_id", started.id().toString())
                    .containsEntry("job_type", "daw_export")
                    .containsEntry("status", "completed")
                    .containsEntry("progress", 100)
                    .containsEntry("silent_clip_ids", List.of(gone.id().toString()))
                    .containsEntry("download_url", "/media/daw/exports/" + started.id() + "/download");
            assertThat(projectEvents).isNotEmpty().allMatch(m -> m.event().equals("export_progress"));
        }

        Path file = service.file(owner.id(), started.id()).path();
        try (PcmStream pcm = AudioDecoder.open(file)) {
            assertThat(pcm.info().sampleRateHz()).isEqualTo(RATE);
            assertThat(pcm.info().channels()).isEqualTo(2);
            assertThat(pcm.info().declaredFrames())
                    .isEqualTo(arrangement.endFrame())
                    .isEqualTo(RATE * 5L / 2);
            float[][] block = new float[2][RATE];
            pcm.read(block, RATE);
            assertThat(block[0][RATE / 4]).isZero();
            assertThat(Math.abs(block[0][RATE * 3 / 4])).isLessThanOrEqualTo(0.5f);
        }

        HttpResponse<byte[]> download = HttpSession.signIn(port, owner.username(), TestUsers.PASSWORD)
                .get("/media/daw/exports/" + started.id() + "/download", null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "Night remix.wav");
        assertThat(download.body()).isEqualTo(Files.readAllBytes(file));
        assertThat(HttpSession.signIn(port, stranger.username(), TestUsers.PASSWORD)
                        .get("/media/daw/exports/" + started.id() + "/download", null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aStemsZipHoldsOneWavPerSoundingTrackInTrackOrder() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Track source = importSine(owner, 1);
        DawTrack bass = track("Bass", 2);
        DawTrack drums = track("Drums", 1);
        DawTrack muted = new DawTrack(UUID.randomUUID(), "Muted", "#ffffff", 0, 0, true, false, 3);
        Arrangement arrangement = arrangement(
                List.of(bass, drums, muted),
                List.of(
                        clip(bass, source.id(), 0, 1),
                        clip(drums, source.id(), 0.5, 0.5),
                        clip(muted, source.id(), 0, 1)));

        DawExport done = awaitFinished(
                owner,
                service.start(owner.id(), daw.create(owner, "Export").id(), arrangement, "stems-zip")
                        .id());
        assertThat(done.status()).isEqualTo(DawExportStatus.COMPLETED);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(
                Files.newInputStream(service.file(owner.id(), done.id()).path()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                assertThat(zip.readAllBytes().length).isEqualTo(44 + RATE * 6);
            }
        }
        assertThat(names).containsExactly("01 Drums.wav", "02 Bass.wav");
        assertThat(service.file(owner.id(), done.id()).fileName()).isEqualTo("Night remix (stems).zip");
    }

    @Test
    void addToLibraryImportsTheRenderAsANewTrack() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Track source = importSine(owner, 1);
        DawTrack drums = track("Drums", 1);
        Arrangement arrangement = arrangement(List.of(drums), List.of(clip(drums, source.id(), 0, 1)));

        DawExport done = awaitFinished(
                owner,
                service.start(owner.id(), daw.create(owner, "Export").id(), arrangement, "wav32f", true)
                        .id());
        assertThat(done.status()).isEqualTo(DawExportStatus.COMPLETED);
        assertThat(done.libraryTrackId()).isNotNull();
        Track added = library.get(owner.id(), done.libraryTrackId());
        assertThat(added.sampleRateHz()).isEqualTo(RATE);
    }

    @Test
    void anInterruptedExportRunsAgainIntoTheSameSingleFileAndAFinishedOneIsLeftAlone() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Track source = importSine(owner, 1);
        DawTrack drums = track("Drums", 1);
        Arrangement arrangement = arrangement(List.of(drums), List.of(clip(drums, source.id(), 0, 1)));
        DawExport done = awaitFinished(
                owner,
                service.start(owner.id(), daw.create(owner, "Export").id(), arrangement, "wav24")
                        .id());
        Path file = service.file(owner.id(), done.id()).path();
        byte[] first = Files.readAllBytes(file);

        runner.run(done.id());
        assertThat(repository.find(done.id()).orElseThrow().finishedAt()).isEqualTo(done.finishedAt());

        repository.markProcessing(done.id(), "as if the server had died here");
        Files.writeString(file.resolveSibling(done.id() + ".part"), "half a render");
        runner.run(done.id());
        assertThat(repository.find(done.id()).orElseThrow().status()).isEqualTo(DawExportStatus.COMPLETED);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(done.id().toString())))
                    .containsExactly(done.id() + ".wav");
        }
    }

    private DawExport awaitFinished(UserAccount owner, UUID exportId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        DawExport export = service.get(owner.id(), exportId);
        while (!export.status().isFinished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            export = service.get(owner.id(), exportId);
        }
        assertThat(export.status().isFinished())
                .as("export finished: %s", export)
                .isTrue();
        return export;
    }

    private Track importSine(UserAccount owner, double seconds) throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve(UUID.randomUUID() + ".wav"), 44_100, 2, seconds, 440);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(owner.id(), in, "sine.wav").track();
        }
    }

    private static DawTrack track(String name, double order) {
        return new DawTrack(UUID.randomUUID(), name, "#e06c75", 0, 0, false, false, order);
    }

    private static DawClip clip(DawTrack track, UUID source, double position, double length) {
        return new DawClip(
                UUID.randomUUID(),
                track.id(),
                "Clip",
                "#e06c75",
                new ClipSource(source, null, 3, null, null),
                position,
                0,
                length,
                0,
                0,
                FadeCurve.LINEAR,
                0,
                FadeCurve.LINEAR,
                false,
                false);
    }

    private static Arrangement arrangement(List<DawTrack> tracks, List<DawClip> clips) {
        return new Arrangement(
                new ProjectSettings("Night remix", 124, Meter.FOUR_FOUR, RATE, 0, null, false), tracks, clips);
    }
}
