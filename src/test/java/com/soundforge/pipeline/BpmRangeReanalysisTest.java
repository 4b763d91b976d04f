package com.soundforge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.analysis.AnalysisPreferences;
import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.BpmRange;
import com.soundforge.analysis.BpmSource;
import com.soundforge.analysis.ReanalysisBoard;
import com.soundforge.analysis.ReanalysisProgress;
import com.soundforge.analysis.TempoService;
import com.soundforge.analysis.TrackAnalysis;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.AmountRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Choosing a BPM range analyses the user's library again in the background, inside the range, edits kept. */
@SfaPipelineTest
class BpmRangeReanalysisTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    AnalysisPreferences preferences;

    @Autowired
    AnalysisService analysis;

    @Autowired
    TempoService tempo;

    @Autowired
    PipelineService pipelines;

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    ReanalysisBoard board;

    @Autowired
    ReanalysisChainRepository chains;

    @Autowired
    StorageProvider jobStorage;

    @TempDir
    Path work;

    @Test
    void aNewRangeReanalysesTheLibraryInsideItAndKeepsEditedGrids() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UUID plain = processed(owner, "Range - Plain.wav", 124);
        UUID edited = processed(owner, "Range - Edited.wav", 128);
        assertThat(library.get(owner.id(), plain).bpm()).isCloseTo(124, within(0.1));
        tempo.edit(owner.id(), edited, "tap", 100.0);
        Instant chosen = Instant.now();

        assertThat(preferences.chooseBpmRange(owner.id(), new BpmRange(60, 120)))
                .isTrue();

        TrackAnalysis plainAgain = reanalysed(owner, plain, chosen);
        TrackAnalysis editedAgain = reanalysed(owner, edited, chosen);
        assertThat(plainAgain.report().tempo().bpm()).isCloseTo(62, within(0.1));
        assertThat(plainAgain.bpmSource()).isEqualTo(BpmSource.ANALYSED);
        assertThat(library.get(owner.id(), plain).bpm()).isCloseTo(62, within(0.1));
        assertThat(editedAgain.analysedTempo().bpm()).isCloseTo(64, within(0.1));
        assertThat(editedAgain.bpmSource()).isEqualTo(BpmSource.EDITED);
        assertThat(editedAgain.report().tempo().bpm()).isEqualTo(100.0);
        Track editedTrack = library.get(owner.id(), edited);
        assertThat(editedTrack.bpm()).isEqualTo(100.0);
        assertThat(editedTrack.bpmEdited()).isTrue();
        PipelineJob job = ofType(pipelines.jobsOfTrack(owner, plain), JobType.ANALYSIS);
        assertThat(pipelines.log(owner, job.id()))
                .extracting(JobLogLine::line)
                .anySatisfy(line -> assertThat(line).contains("range 60–120"));
        assertThat(preferences.chooseBpmRange(owner.id(), new BpmRange(60, 120)))
                .as("the same range again changes nothing")
                .isFalse();
    }

    @Test
    void theUserSeesTheLibrarysProgressLiveAndItsResult() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UUID first = processed(owner, "Progress - One.wav", 124);
        UUID second = processed(owner, "Progress - Two.wav", 126);
        List<ReanalysisProgress> seen = new CopyOnWriteArrayList<>();
        try (Subscription subscription = broadcaster.subscribe(
                Topics.libraryAnalysis(owner.id()), m -> seen.add((ReanalysisProgress) m.payload()))) {
            preferences.chooseBpmRange(owner.id(), new BpmRange(60, 120));
            awaitCondition(() -> !seen.isEmpty() && seen.getLast().ended());
        }

        assertThat(seen.getFirst().text()).isEqualTo("Re-analysing 0 of 2 tracks for 60–120 BPM…");
        assertThat(seen).extracting(ReanalysisProgress::done).isSorted();
        assertThat(seen.getLast().text()).isEqualTo("Re-analysed 2 tracks for 60–120 BPM.");
        assertThat(board.latest(owner.id())).contains(seen.getLast());
        assertThat(analysis.analysedIn(List.of(first, second), new BpmRange(60, 120)))
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aRangeChangedWhilePipelinesRunAndChangedAgainLeavesEveryTrackInTheLastRange() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UUID done = processed(owner, "Twice - Done.wav", 124);
        UUID running = started(owner, "Twice - Running.wav", 126);

        preferences.chooseBpmRange(owner.id(), new BpmRange(60, 120));
        awaitCondition(() ->
                ofType(pipelines.jobsOfTrack(owner, done), JobType.ANALYSIS).status() != JobStatus.COMPLETED);
        BpmRange last = new BpmRange(88, 175);
        preferences.chooseBpmRange(owner.id(), last);
        awaitCondition(() -> board.latest(owner.id())
                .filter(p -> last.equals(p.range()) && p.ended())
                .isPresent());

        assertThat(board.latest(owner.id()).orElseThrow().text()).isEqualTo("Re-analysed 2 tracks for 88–175 BPM.");
        assertThat(analysis.analysedIn(List.of(done, running), last)).containsExactlyInAnyOrder(done, running);
        for (UUID track : List.of(done, running)) {
            assertThat(finished(owner, track)).isTrue();
            assertThat(library.get(owner.id(), track).bpm())
                    .as("in 88–175, not halved")
                    .isGreaterThan(120);
        }
    }

    @Test
    void aSecondChangeWhileTheChainRunsJoinsItSoOneLookAtATimeServesTheLastRange() throws Exception {
        UserAccount owner = TestUsers.create(users);
        UUID done = processed(owner, "Join - Done.wav", 124);
        UUID running = started(owner, "Join - Running.wav", 126);
        AtomicInteger mostWaiting = new AtomicInteger();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (watching.get()) {
                mostWaiting.accumulateAndGet(looksWaiting(owner.id()), Math::max);
                sleep(20);
            }
        });

        preferences.chooseBpmRange(owner.id(), new BpmRange(60, 120));
        awaitCondition(() ->
                ofType(pipelines.jobsOfTrack(owner, done), JobType.ANALYSIS).status() != JobStatus.COMPLETED);
        assertThat(finished(owner, running)).as("the chain still runs").isFalse();
        BpmRange last = new BpmRange(88, 175);
        preferences.chooseBpmRange(owner.id(), last);
        awaitCondition(() -> board.latest(owner.id())
                        .filter(p -> last.equals(p.range()) && p.ended())
                        .isPresent()
                && looksWaiting(owner.id()) == 0);
        watching.set(false);
        watcher.join();

        assertThat(mostWaiting.get())
                .as("one chain: never a second look waiting beside the chain's next one")
                .isEqualTo(1);
        assertThat(chains.running(owner.id())).as("the chain ended").isFalse();
        assertThat(board.latest(owner.id()).orElseThrow().text()).isEqualTo("Re-analysed 2 tracks for 88–175 BPM.");
        assertThat(analysis.analysedIn(List.of(done, running), last)).containsExactlyInAnyOrder(done, running);
    }

    /** The user's re-analysis looks that JobRunr holds to run (scheduled or enqueued), not the one running. */
    private int looksWaiting(UUID userId) {
        int waiting = 0;
        for (StateName state : List.of(StateName.SCHEDULED, StateName.ENQUEUED)) {
            for (Job job : jobStorage.getJobList(state, new AmountRequest("updatedAt:ASC", 1000))) {
                Object[] arguments = job.getJobDetails().getJobParameterValues();
                if (job.getJobDetails().getClassName().equals(LibraryReanalysis.class.getName())
                        && arguments.length > 0
                        && userId.equals(arguments[0])) {
                    waiting++;
                }
            }
        }
        return waiting;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private UUID started(UserAccount owner, String name, double bpm) throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve(name), bpm, 16);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(owner.id(), in, name).track().id();
        }
    }

    private UUID processed(UserAccount owner, String name, double bpm) throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve(name), bpm, 16);
        UUID id;
        try (InputStream in = Files.newInputStream(wav)) {
            id = imports.importAudio(owner.id(), in, name).track().id();
        }
        awaitCondition(() -> finished(owner, id));
        return id;
    }

    private TrackAnalysis reanalysed(UserAccount owner, UUID trackId, Instant after) throws Exception {
        awaitCondition(() -> analysis.find(owner.id(), trackId)
                        .map(a -> a.analysedAt().isAfter(after))
                        .orElse(false)
                && finished(owner, trackId));
        return analysis.find(owner.id(), trackId).orElseThrow();
    }

    private boolean finished(UserAccount owner, UUID trackId) {
        List<PipelineJob> jobs = pipelines.jobsOfTrack(owner, trackId);
        return !jobs.isEmpty()
                && jobs.stream().allMatch(j -> j.status() == JobStatus.COMPLETED)
                && jobs.stream().anyMatch(j -> j.type() == JobType.AUTOCUE);
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("reached in time").isTrue();
    }

    private static PipelineJob ofType(List<PipelineJob> jobs, JobType type) {
        return jobs.stream().filter(j -> j.type() == type).findFirst().orElseThrow();
    }
}
