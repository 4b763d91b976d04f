package com.soundforge.pipeline;

import static com.soundforge.db.Tables.TRACK_ANALYSIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.audio.TestAudio;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.AudioHttpServer;
import com.soundforge.support.SfaPipelineTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@SfaPipelineTest
class PipelineTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    PipelineService pipelines;

    @Autowired
    LibraryService library;

    @Autowired
    ImportService importService;

    @Autowired
    AnalysisService analysis;

    @Autowired
    UserService users;

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    StaleAnalysisSweeper sweeper;

    @Autowired
    org.jooq.DSLContext db;

    @Autowired
    com.soundforge.library.LibraryProperties libraryProperties;

    @TempDir
    Path work;

    AudioHttpServer server;
    UserAccount owner;

    @BeforeEach
    void setUp() throws Exception {
        server = new AudioHttpServer();
        owner = TestUsers.create(users);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void anUploadedTrackIsAnalysedInTheBackground() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("Uploader - Half Scale.wav"), 44_100, 2, 2.0, 440);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = importService
                    .importAudio(owner.id(), in, "Uploader - Half Scale.wav")
                    .track();
        }
        List<PipelineJob> jobs = pipelines.jobsOfTrack(owner, track.id());
        assertThat(jobs)
                .extracting(PipelineJob::type)
                .containsExactly(JobType.PROCESSING, JobType.ANALYSIS, JobType.AUTOCUE);
        PipelineJob job = ofType(jobs, JobType.ANALYSIS);
        List<TopicMessage> events = record(Topics.job(job.id()));

        PipelineJob done = awaitJob(job.id(), j -> j.status().isFinished());

        assertThat(done.type()).isEqualTo(JobType.ANALYSIS);
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.attempts()).isEqualTo(1);
        var levels = analysis.find(owner.id(), track.id()).orElseThrow().levels();
        assertThat(levels.peakDbfs()).isCloseTo(-6.02, org.assertj.core.data.Offset.offset(0.05));
        assertThat(levels.rmsDbfs()).isCloseTo(-9.03, org.assertj.core.data.Offset.offset(0.05));
        awaitCondition(() -> !events.isEmpty() && events.getLast().event().equals(JobEvents.COMPLETED));
    }

    @Test
    void theStemsJobCompletesWithTheStemsFolderAndTheirTotalSize() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("Stems - Sine.wav"), 44_100, 2, 2.0, 440);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = importService
                    .importAudio(owner.id(), in, "Stems - Sine.wav")
                    .track();
        }
        PipelineJob stems = ofType(pipelines.jobsOfTrack(owner, track.id()), JobType.PROCESSING);

        PipelineJob done = awaitJob(stems.id(), j -> j.status().isFinished());

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        Path folder = Path.of(done.outputPath());
        long stemBytes;
        try (var files = Files.list(folder)) {
            stemBytes = files.filter(f -> f.toString().endsWith(".wav"))
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
        assertThat(folder)
                .isDirectory()
                .isAbsolute()
                .endsWith(Path.of(track.id().toString()));
        assertThat(stemBytes).isPositive();
        assertThat(done.outputBytes()).isEqualTo(stemBytes);
        var result = (java.util.Map<?, ?>) JobsChannelTopic.completed(done).get("result");
        assertThat(result.get("output_path")).isEqualTo(folder.toString());
        assertThat(result.get("file_size")).isEqualTo(stemBytes);
    }

    @Test
    void anAnalysedTrackGetsTempoKeyLoudnessInTheLibraryAndSuggestedCues() throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve("Groover - Minor Groove.wav"), 124, 40);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = importService
                    .importAudio(owner.id(), in, "Groover - Minor Groove.wav")
                    .track();
        }
        List<TopicMessage> libraryEvents = record(Topics.tracks(owner.id()));
        PipelineJob cues = awaitJob(
                ofType(pipelines.jobsOfTrack(owner, track.id()), JobType.AUTOCUE)
                        .id(),
                j -> j.status().isFinished());

        assertThat(cues.status()).isEqualTo(JobStatus.COMPLETED);
        Track analysed = library.get(owner.id(), track.id());
        assertThat(analysed.bpm()).isCloseTo(124.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(analysed.musicalKey()).isEqualTo("Am");
        assertThat(analysed.camelot()).isEqualTo("8A");
        assertThat(analysed.lufs()).isBetween(-30.0, 0.0);
        var stored = analysis.find(owner.id(), track.id()).orElseThrow();
        assertThat(stored.report().tempo().beats()).hasSizeGreaterThan(70);
        assertThat(stored.structure().cues())
                .isNotEmpty()
                .allSatisfy(cue -> assertThat(java.util.Arrays.stream(
                                                stored.report().tempo().downbeats())
                                        .anyMatch(d -> Math.abs(d - cue.time()) < 0.002)
                                || stored.structure().sections().stream()
                                        .anyMatch(s -> Math.abs(s.start() - cue.time()) < 0.002))
                        .isTrue());
        assertThat(libraryEvents).extracting(TopicMessage::event).contains("track:updated");
    }

    @Test
    void tracksAnalysedByAnOlderEngineAreAnalysedAgain() throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve("Old - Engine.wav"), 100, 12);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = importService
                    .importAudio(owner.id(), in, "Old - Engine.wav")
                    .track();
        }
        List<PipelineJob> stages = pipelines.jobsOfTrack(owner, track.id());
        awaitJob(ofType(stages, JobType.AUTOCUE).id(), j -> j.status().isFinished());
        db.update(TRACK_ANALYSIS)
                .set(TRACK_ANALYSIS.ENGINE_VERSION, 0)
                .where(TRACK_ANALYSIS.TRACK_ID.eq(track.id()))
                .execute();

        assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(1);

        PipelineJob cues =
                awaitJob(ofType(stages, JobType.AUTOCUE).id(), j -> j.status().isFinished() && j.attempts() > 0);
        assertThat(cues.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(analysis.find(owner.id(), track.id()).orElseThrow().engineVersion())
                .isEqualTo(AnalysisService.engineVersion());
        assertThat(analysis.find(owner.id(), track.id()).orElseThrow().structure())
                .isNotNull();
    }

    @Test
    void aUrlImportDownloadsWithCoalescedProgressThenAnalyses() throws Exception {
        byte[] wav = Files.readAllBytes(TestAudio.writeSineWav(work.resolve("remote.wav"), 44_100, 2, 6.0, 330));
        server.serve("/DJ Remote - Streamed.wav", wav, 8 * 1024, 5);
        List<TopicMessage> pipelineEvents = new CopyOnWriteArrayList<>();

        ImportStarted started = pipelines.importUrl(owner.id(), server.url("/DJ%20Remote%20-%20Streamed.wav"));
        broadcaster.subscribe(Topics.job(started.jobId()), pipelineEvents::add);

        PipelineJob download = awaitJob(started.jobId(), j -> j.status().isFinished());
        assertThat(download.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(download.outputBytes()).isEqualTo(wav.length);
        Track track = library.get(owner.id(), started.trackId());
        assertThat(track.title()).isEqualTo("Streamed");
        assertThat(track.artist()).isEqualTo("DJ Remote");

        awaitCondition(() ->
                !pipelineEvents.isEmpty() && pipelineEvents.getLast().event().equals(JobEvents.COMPLETED));
        List<Integer> progress = pipelineEvents.stream()
                .map(m -> ((PipelineJob) m.payload()).progress())
                .toList();
        assertThat(progress).isSorted().contains(100);
        assertThat(pipelineEvents.stream()
                        .filter(m -> ((PipelineJob) m.payload()).status() == JobStatus.DOWNLOADING)
                        .count())
                .isGreaterThan(1);
        assertRateAtMostTenPerSecond(pipelineEvents);

        List<PipelineJob> stages = pipelines.jobsOfTrack(owner, started.trackId());
        assertThat(stages)
                .extracting(PipelineJob::type)
                .containsExactly(JobType.DOWNLOAD, JobType.PROCESSING, JobType.ANALYSIS, JobType.AUTOCUE);
        PipelineJob analysed =
                awaitJob(ofType(stages, JobType.ANALYSIS).id(), j -> j.status().isFinished());
        assertThat(analysed.status()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void aServerThatIsBusyTwiceIsRetriedWithBackoffUntilItAnswers() throws Exception {
        byte[] wav = Files.readAllBytes(TestAudio.writeSineWav(work.resolve("flaky.wav"), 44_100, 1, 0.5, 220));
        server.flaky("/flaky.wav", wav, 2);

        ImportStarted started = pipelines.importUrl(owner.id(), server.url("/flaky.wav"));

        PipelineJob done = awaitJob(started.jobId(), j -> j.status().isFinished());
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(server.hits("/flaky.wav")).isEqualTo(3);
        assertThat(pipelines.log(owner, started.jobId()))
                .extracting(JobLogLine::line)
                .anyMatch(line -> line.contains("503"));
    }

    @Test
    void aMissingFileFailsAtOnceWithTheServersAnswer() throws Exception {
        server.status("/gone.wav", 404, "text/plain", "no".getBytes());

        ImportStarted started = pipelines.importUrl(owner.id(), server.url("/gone.wav"));

        PipelineJob failed = awaitJob(started.jobId(), j -> j.status().isFinished());
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error()).isEqualTo("The server answered 404 Not Found.");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(pipelines.jobsOfTrack(owner, started.trackId()))
                .hasSize(4)
                .filteredOn(job -> job.type() != JobType.DOWNLOAD)
                .extracting(PipelineJob::status, PipelineJob::error)
                .containsOnly(
                        org.assertj.core.groups.Tuple.tuple(JobStatus.SKIPPED, "Not run: the download stage failed."));
        assertThatThrownBy(() -> library.get(owner.id(), started.trackId()))
                .isInstanceOf(com.soundforge.library.TrackNotFoundException.class);
    }

    @Test
    void retryingAFailedDownloadRunsTheStagesThatWereNotRun() throws Exception {
        server.status("/later.wav", 404, "text/plain", "not yet".getBytes());
        ImportStarted started = pipelines.importUrl(owner.id(), server.url("/later.wav"));
        awaitJob(started.jobId(), j -> j.status() == JobStatus.FAILED);
        server.forget("/later.wav")
                .status(
                        "/later.wav",
                        200,
                        "audio/wav",
                        Files.readAllBytes(TestAudio.writeSineWav(work.resolve("later.wav"), 44_100, 1, 2.0, 220)));

        pipelines.retry(owner, started.jobId());

        for (PipelineJob stage : pipelines.jobsOfTrack(owner, started.trackId())) {
            assertThat(awaitJob(stage.id(), j -> j.status().isFinished()).status())
                    .isEqualTo(JobStatus.COMPLETED);
        }
    }

    @Test
    void oneUsersSlowImportsHoldTwoWorkersAtMostAndAnotherUsersStageStillStarts() throws Exception {
        byte[] slow = Files.readAllBytes(TestAudio.writeSineWav(work.resolve("slow.wav"), 44_100, 2, 10.0, 110));
        List<ImportStarted> imports = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            server.serve("/slow-" + i + ".wav", slow, 4 * 1024, 20);
            imports.add(pipelines.importUrl(owner.id(), server.url("/slow-" + i + ".wav")));
        }
        try {
            awaitCondition(
                    () -> imports.stream()
                            .map(started -> pipelines.job(owner, started.jobId()))
                            .filter(job -> job.status() == JobStatus.QUEUED)
                            .anyMatch(job -> "Waiting: 2 of your stages are running".equals(job.message())),
                    PATIENCE);
            assertThat(imports.stream()
                            .map(started ->
                                    pipelines.job(owner, started.jobId()).status())
                            .filter(JobStatus::isRunning)
                            .count())
                    .isEqualTo(2);

            UserAccount other = TestUsers.create(users);
            Track theirs;
            try (InputStream in =
                    Files.newInputStream(TestAudio.writeSineWav(work.resolve("o.wav"), 44_100, 1, 1.0, 660))) {
                theirs = importService.importAudio(other.id(), in, "o.wav").track();
            }
            PipelineJob theirStems = ofType(pipelines.jobsOfTrack(other, theirs.id()), JobType.PROCESSING);
            awaitCondition(() -> pipelines.job(other, theirStems.id()).status() != JobStatus.QUEUED, PATIENCE);
            assertThat(imports.stream()
                            .map(started ->
                                    pipelines.job(owner, started.jobId()).status()))
                    .as("the first user's downloads are still running")
                    .contains(JobStatus.DOWNLOADING);
        } finally {
            imports.forEach(started -> pipelines.cancel(owner, started.jobId()));
        }
    }

    @Test
    void aFailedStageStopsThePipelineAndARerunStartsAgainFromIt() throws Exception {
        Path stemsFolder =
                libraryProperties.dataDir().resolve("stems").resolve(owner.id().toString());
        Files.createDirectories(stemsFolder.getParent());
        Files.writeString(stemsFolder, "a file where the owner's stems folder belongs");
        Track track;
        try (InputStream in =
                Files.newInputStream(TestAudio.writeSineWav(work.resolve("b.wav"), 44_100, 1, 2.0, 330))) {
            track = importService.importAudio(owner.id(), in, "b.wav").track();
        }
        PipelineJob stems = ofType(pipelines.jobsOfTrack(owner, track.id()), JobType.PROCESSING);
        assertThat(awaitJob(stems.id(), j -> j.status().isFinished()).status()).isEqualTo(JobStatus.FAILED);
        assertThat(pipelines.jobsOfTrack(owner, track.id()))
                .filteredOn(job -> job.type() != JobType.PROCESSING)
                .extracting(PipelineJob::status)
                .containsOnly(JobStatus.SKIPPED);
        PipelineJob analysisStage = ofType(pipelines.jobsOfTrack(owner, track.id()), JobType.ANALYSIS);
        assertThat(analysisStage.error()).isEqualTo("Not run: the processing stage failed.");
        Files.delete(stemsFolder);

        List<PipelineJob> restarted = pipelines.rerun(owner, track.id());

        assertThat(restarted).extracting(PipelineJob::status).containsOnly(JobStatus.QUEUED);
        for (PipelineJob stage : restarted) {
            assertThat(awaitJob(stage.id(), j -> j.status().isFinished()).status())
                    .isEqualTo(JobStatus.COMPLETED);
        }
    }

    @Test
    void anUploadWhosePipelineCannotBeCreatedLeavesNoTrackAndNoFile() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("atomic.wav"), 44_100, 1, 1.0, 550);
        db.execute("alter table pipeline_job rename to pipeline_job_away");
        try (InputStream in = Files.newInputStream(wav)) {
            assertThatThrownBy(() -> importService.importAudio(owner.id(), in, "atomic.wav"))
                    .isInstanceOf(org.springframework.dao.DataAccessException.class);
        } finally {
            db.execute("alter table pipeline_job_away rename to pipeline_job");
        }
        assertThat(library.count(owner.id(), null)).isZero();
        Path audio =
                libraryProperties.dataDir().resolve("audio").resolve(owner.id().toString());
        assertThat(Files.exists(audio) ? Files.list(audio).toList() : List.of()).isEmpty();
    }

    @Test
    void aCancelledDownloadStopsAndLeavesNoTrack() throws Exception {
        byte[] slow = Files.readAllBytes(TestAudio.writeSineWav(work.resolve("slow.wav"), 44_100, 2, 10.0, 110));
        server.serve("/slow.wav", slow, 4 * 1024, 20);
        ImportStarted started = pipelines.importUrl(owner.id(), server.url("/slow.wav"));
        awaitJob(started.jobId(), j -> j.status() == JobStatus.DOWNLOADING && j.progress() > 0);

        pipelines.cancel(owner, started.jobId());

        PipelineJob cancelled = awaitJob(started.jobId(), j -> j.status().isFinished());
        assertThat(cancelled.status()).isEqualTo(JobStatus.FAILED);
        assertThat(cancelled.error()).isEqualTo("Cancelled by the user.");
        assertThat(pipelines.jobsOfTrack(owner, started.trackId()))
                .extracting(PipelineJob::status)
                .containsOnly(JobStatus.FAILED);
        assertThat(library.count(owner.id(), null)).isZero();
    }

    @Test
    void aPageLinkIsTurnedIntoAudioByYtDlp() throws Exception {
        Assumptions.assumeTrue(
                importService.pageImportsAvailable(), "yt-dlp and ffmpeg are installed (.ci/run installs them)");
        byte[] mp3 = Files.readAllBytes(Path.of("src/test/resources/audio/tone-stereo-44k.mp3"));
        server.status("/tone.mp3", 200, "audio/mpeg", mp3)
                .status(
                        "/session",
                        200,
                        "text/html",
                        ("<html><head><title>Night Session Live</title></head><body>"
                                        + "<audio controls src=\"tone.mp3\"></audio></body></html>")
                                .getBytes());

        ImportStarted started = pipelines.importUrl(owner.id(), server.url("/session"));

        PipelineJob download = awaitJob(started.jobId(), j -> j.status().isFinished());
        assertThat(download.status()).as(download.error()).isEqualTo(JobStatus.COMPLETED);
        Track track = library.get(owner.id(), started.trackId());
        assertThat(track.title()).startsWith("Night Session Live");
        assertThat(track.codec()).isEqualTo("flac");
        assertThat(track.durationMs()).isBetween(900L, 1100L);
    }

    @Test
    void jobsAreVisibleToTheirOwnerOnly() throws Exception {
        server.status("/x.wav", 404, "text/plain", "no".getBytes());
        ImportStarted started = pipelines.importUrl(owner.id(), server.url("/x.wav"));
        UserAccount stranger = TestUsers.create(users);

        assertThatThrownBy(() -> pipelines.job(stranger, started.jobId())).isInstanceOf(JobAccessDeniedException.class);
        assertThatThrownBy(() -> pipelines.cancel(stranger, started.jobId()))
                .isInstanceOf(JobAccessDeniedException.class);
        assertThat(pipelines.visiblePipelines(stranger.id())).isEmpty();
        assertThat(pipelines.visiblePipelines(owner.id())).hasSize(1);
        assertThatThrownBy(() -> pipelines.importUrl(owner.id(), "file:///etc/passwd"))
                .hasMessageContaining("Only http");
    }

    /**
     * Throttled progress (the leading and trailing edges, not the final flush) comes at most ~10 times a second;
     * the publish timestamps include the database write, whose jitter shifts them by up to tens of milliseconds.
     */
    private static void assertRateAtMostTenPerSecond(List<TopicMessage> events) {
        List<Instant> times = events.stream()
                .filter(m -> ((PipelineJob) m.payload()).status() == JobStatus.DOWNLOADING)
                .map(TopicMessage::sentAt)
                .toList();
        times = times.subList(0, Math.max(0, times.size() - 1));
        for (int i = 0; i + 10 < times.size(); i++) {
            assertThat(Duration.between(times.get(i), times.get(i + 10)))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }

    private List<TopicMessage> record(String topic) {
        List<TopicMessage> events = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(topic, events::add);
        return events;
    }

    private PipelineJob awaitJob(UUID jobId, Predicate<PipelineJob> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        PipelineJob job = pipelines.job(owner, jobId);
        while (!condition.test(job) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = pipelines.job(owner, jobId);
        }
        assertThat(condition)
                .as("job %s reached the expected state; it is %s", jobId, job)
                .accepts(job);
        return job;
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        awaitCondition(condition, Duration.ofSeconds(10));
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition, Duration patience)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private static PipelineJob ofType(List<PipelineJob> jobs, JobType type) {
        return jobs.stream()
                .filter(j -> j.type() == type)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " job in " + jobs));
    }
}
