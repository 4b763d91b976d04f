package com.soundforge.daw;

import static com.soundforge.daw.DawServiceTest.addClip;
import static com.soundforge.daw.DawServiceTest.addTrack;
import static com.soundforge.daw.DawServiceTest.awaitUntil;
import static com.soundforge.daw.DawServiceTest.batch;
import static com.soundforge.daw.DawServiceTest.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TempoService;
import com.soundforge.daw.model.DawClip;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.daw.model.ObjectKind;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.Operations;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** DAW clips follow an edit of their track's beat grid, in open and stored projects, for every collaborator. */
@SfaSpringTest
class DawTempoFollowTest {

    @Autowired
    DawService daw;

    @Autowired
    TempoService tempo;

    @Autowired
    AnalysisService analysis;

    @Autowired
    ImportService imports;

    @Autowired
    LibraryService library;

    @Autowired
    UserService users;

    @Autowired
    DawRepository projects;

    @Autowired
    ProjectTrackRepository projectTracks;

    @TempDir
    Path work;

    UserAccount dj;
    UserAccount nora;
    Track groove;
    Track other;
    double analysedBpm;

    @BeforeEach
    void anAnalysedGroove() throws Exception {
        dj = TestUsers.create(users);
        nora = TestUsers.create(users);
        groove = importGroove(dj, "Follow - Groove.wav", 124);
        other = importGroove(dj, "Follow - Other.wav", 128);
        analysedBpm = analysis.find(dj.id(), groove.id())
                .orElseThrow()
                .report()
                .tempo()
                .bpm();
        assertThat(analysedBpm).isCloseTo(124, within(0.1));
    }

    @Test
    void anOpenProjectFollowsAHalvingLiveWarpedClipsKeepTheirMusicalLengthAndNothingElseMoves() throws Exception {
        UUID project = daw.create(dj, "Set").id();
        daw.share(dj, project, nora.username(), ProjectRole.EDITOR);
        String lane = UUID.randomUUID().toString();
        String warped = UUID.randomUUID().toString();
        String plain = UUID.randomUUID().toString();
        String unrelated = UUID.randomUUID().toString();
        daw.apply(
                dj,
                project,
                batch(
                        addTrack(lane),
                        addClip(warped, lane, groove.id(), 0, 8),
                        set("clip", warped, "warp", "true"),
                        set("clip", warped, "fadeIn", "1"),
                        addClip(plain, lane, groove.id(), 10, 6),
                        addClip(unrelated, lane, other.id(), 20, 4),
                        set("clip", unrelated, "warp", "true")),
                null);
        DawClip warpedBefore = clip(daw.open(dj, project), warped);
        double projectBpm = daw.open(dj, project).settings().bpm();
        List<TopicMessage> seenByNora = new CopyOnWriteArrayList<>();
        var subscription = daw.subscribe(nora, project, seenByNora::add);

        var halved = tempo.edit(dj.id(), groove.id(), "halve", null);

        awaitUntil(() -> !seenByNora.isEmpty());
        subscription.close();
        AppliedBatch follow = (AppliedBatch) seenByNora.getFirst().payload();
        assertThat(follow.actorId()).as("logged as the track owner's").isEqualTo(dj.id());
        assertThat(follow.origin()).isEqualTo(DawTempoFollower.ORIGIN);
        ProjectState after = daw.open(nora, project);
        double firstBeat = halved.tempo().beats()[0];
        DawClip warpedAfter = clip(after, warped);
        assertThat(warpedAfter.source().bpm()).isEqualTo(halved.bpm());
        assertThat(warpedAfter.source().firstBeat()).isEqualTo(firstBeat);
        assertThat(warpedAfter.position()).isEqualTo(warpedBefore.position());
        assertThat(warpedAfter.offset()).isEqualTo(warpedBefore.offset());
        assertThat(warpedAfter.length() * warpedAfter.stretch(projectBpm))
                .as("the same stretch of its source plays")
                .isCloseTo(8 * warpedBefore.stretch(projectBpm), within(1e-9));
        assertThat(warpedAfter.length() / 60 * projectBpm)
                .as("its length in project beats is the beats it holds at the corrected tempo")
                .isCloseTo(8 * warpedBefore.stretch(projectBpm) / 60 * halved.bpm(), within(1e-4));
        assertThat(warpedAfter.fadeIn()).isCloseTo(warpedAfter.length() / 8, within(1e-9));
        DawClip plainAfter = clip(after, plain);
        assertThat(plainAfter.source().bpm()).isEqualTo(halved.bpm());
        assertThat(plainAfter.length()).as("an unwarped clip plays as before").isEqualTo(6);
        assertThat(clip(after, unrelated)).isEqualTo(clip(daw.open(dj, project), unrelated));
        assertThat(clip(after, unrelated).source().bpm()).isNotEqualTo(halved.bpm());

        String stored = daw.stateJson(after);
        daw.unload(project);
        assertThat(daw.stateJson(daw.open(dj, project))).isEqualTo(stored);
        assertThat(daw.stateJson(daw.replayFromEmpty(dj, project))).isEqualTo(stored);
    }

    @Test
    void aResetBringsBackTheAnalysedTempoAndTheClipsFormerLength() throws Exception {
        UUID project = daw.create(dj, "Reset").id();
        String lane = UUID.randomUUID().toString();
        String warped = UUID.randomUUID().toString();
        daw.apply(
                dj,
                project,
                batch(addTrack(lane), addClip(warped, lane, groove.id(), 2, 8), set("clip", warped, "warp", "true")),
                null);
        DawClip before = clip(daw.open(dj, project), warped);

        tempo.edit(dj.id(), groove.id(), "double", null);
        assertThat(clip(daw.open(dj, project), warped).length()).isCloseTo(16, within(1e-9));
        tempo.reset(dj.id(), groove.id());

        DawClip after = clip(daw.open(dj, project), warped);
        assertThat(after.source()).isEqualTo(before.source());
        assertThat(after.length()).isCloseTo(8, within(1e-9));
    }

    @Test
    void storedProjectsOfOthersFollowTooEvenWhenTheTrackOwnerNoLongerHasAccess() throws Exception {
        UUID norasProject = daw.create(nora, "Nora's").id();
        daw.share(nora, norasProject, dj.username(), ProjectRole.EDITOR);
        String lane = UUID.randomUUID().toString();
        String clip = UUID.randomUUID().toString();
        daw.apply(dj, norasProject, batch(addTrack(lane), addClip(clip, lane, groove.id(), 0, 4)), null);
        daw.unshare(nora, norasProject, dj.id());
        daw.unload(norasProject);

        tempo.edit(dj.id(), groove.id(), "shift", 0.25);

        List<AppliedBatch> logged = daw.batchesAfter(nora, norasProject, 0);
        assertThat(logged.getLast().actorId()).isEqualTo(dj.id());
        DawClip followed = clip(daw.open(nora, norasProject), clip);
        double shiftedFirstBeat =
                tempo.tempo(dj.id(), groove.id()).orElseThrow().tempo().beats()[0];
        assertThat(followed.source().firstBeat()).isEqualTo(shiftedFirstBeat);
        assertThat(followed.source().bpm()).isEqualTo(analysedBpm);
        assertThatThrownBy(() -> tempo.edit(nora.id(), groove.id(), "double", null))
                .as("only the owner edits the grid")
                .isInstanceOf(TrackAccessDeniedException.class);
    }

    @Test
    void aProjectThatCouldNotFollowBecauseAnotherNodeWroteItFirstFollowsWhenItIsNextOpened() throws Exception {
        UUID missed = daw.create(dj, "Missed").id();
        UUID followed = daw.create(dj, "Followed").id();
        String lane = UUID.randomUUID().toString();
        String clip = UUID.randomUUID().toString();
        for (UUID project : List.of(missed, followed)) {
            daw.apply(dj, project, batch(addTrack(lane), addClip(clip, lane, groove.id(), 0, 4)), null);
        }
        List<TopicMessage> seenOnAScreen = new CopyOnWriteArrayList<>();
        var screen = daw.subscribe(dj, missed, seenOnAScreen::add);
        ProjectState heldHere = daw.open(dj, missed);
        var renamed = Operations.replaying()
                .apply(heldHere, dj.id(), List.of(new Operation.Set(ObjectKind.PROJECT, null, "name", "Renamed")));
        assertThat(projects.append(
                        missed,
                        heldHere.seq(),
                        renamed.state(),
                        UUID.randomUUID(),
                        dj.id(),
                        dj.username(),
                        renamed.ops()))
                .as("another node, on the same database, writes the project first")
                .isTrue();

        var halved = tempo.edit(dj.id(), groove.id(), "halve", null);

        assertThat(clip(daw.open(dj, followed), clip).source().bpm()).isEqualTo(halved.bpm());
        assertThat(clip(daw.replayFromEmpty(dj, missed), clip).source().bpm())
                .as("its log holds no follow yet")
                .isEqualTo(analysedBpm);
        assertThat(projectTracks.followPending(missed)).containsExactly(groove.id());
        assertThat(projectTracks.followPending(followed)).isEmpty();

        daw.share(dj, missed, nora.username(), ProjectRole.VIEWER);
        ProjectState opened = daw.open(nora, missed);

        assertThat(clip(opened, clip).source().bpm()).isEqualTo(halved.bpm());
        assertThat(clip(opened, clip).source().firstBeat())
                .isEqualTo(halved.tempo().beats()[0]);
        assertThat(opened.settings().name()).as("the other node's write stays").isEqualTo("Renamed");
        awaitUntil(() -> seenOnAScreen.stream()
                .anyMatch(m -> m.payload() instanceof AppliedBatch b && DawTempoFollower.ORIGIN.equals(b.origin())));
        screen.close();
        assertThat(projectTracks.followPending(missed)).isEmpty();
        AppliedBatch caughtUp =
                LoadedProjects.batches(projects.operationsAfter(missed, 0)).getLast();
        assertThat(caughtUp.actorId()).as("logged as the track owner's").isEqualTo(dj.id());
        int batchesAfterCatchUp = daw.batchesAfter(dj, missed, 0).size();
        daw.unload(missed);
        daw.open(dj, missed);
        assertThat(daw.batchesAfter(dj, missed, 0)).as("caught up once").hasSize(batchesAfterCatchUp);
    }

    @Test
    void nobodyMaySetAClipsSourceThemselves() {
        UUID project = daw.create(dj, "Mine").id();
        String lane = UUID.randomUUID().toString();
        String clip = UUID.randomUUID().toString();
        daw.apply(dj, project, batch(addTrack(lane), addClip(clip, lane, groove.id(), 0, 4)), null);

        String source = "{\"trackId\":\"" + groove.id() + "\",\"stem\":null,\"duration\":20,\"bpm\":62}";
        assertThatThrownBy(() -> daw.apply(dj, project, batch(set("clip", clip, "source", source)), null))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("set when it is added");
    }

    private static DawClip clip(ProjectState state, String id) {
        return state.clip(UUID.fromString(id)).orElseThrow();
    }

    private Track importGroove(UserAccount owner, String name, double bpm) throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve(name), bpm, 20);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, name).track();
        }
        analysis.analyse(track.id(), library.audioFile(owner.id(), track.id()).path(), fraction -> {});
        return track;
    }
}
