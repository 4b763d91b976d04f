package com.soundforge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.analysis.TempoEdit.Downbeat;
import com.soundforge.analysis.TempoEdit.Factor;
import com.soundforge.analysis.TempoEdit.Scale;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.TrackEvents;
import com.soundforge.library.TrackNotFoundException;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
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

/** The owner's edits of a track's beat grid, on the real database: stored apart, effective, kept, refused. */
@SfaSpringTest
class TempoServiceTest {

    @Autowired
    TempoService tempo;

    @Autowired
    AnalysisService analysis;

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @Autowired
    Broadcaster broadcaster;

    @TempDir
    Path work;

    UUID owner;
    UUID stranger;
    UUID trackId;
    Tempo analysed;

    @BeforeEach
    void anAnalysedGroove() throws Exception {
        owner = TestUsers.create(users).id();
        stranger = TestUsers.create(users).id();
        Path wav = TestMusic.writeMinorGroove(work.resolve("Grid - Groove.wav"), 124, 20);
        try (InputStream in = Files.newInputStream(wav)) {
            trackId =
                    imports.importAudio(owner, in, "Grid - Groove.wav").track().id();
        }
        analysed = analyse().report().tempo();
        assertThat(analysed.bpm()).isCloseTo(124, within(0.1));
    }

    @Test
    void doublingThenHalvingReturnsTheSameGridAndTheLibraryShowsTheEditedBpm() {
        List<TopicMessage> updates = new CopyOnWriteArrayList<>();
        try (Subscription library = broadcaster.subscribe(Topics.tracks(owner), updates::add)) {
            TrackTempo doubled = tempo.edit(owner, trackId, new Scale(Factor.DOUBLE));

            assertThat(doubled.source()).isEqualTo(BpmSource.EDITED);
            assertThat(doubled.bpm()).isEqualTo(analysed.bpm() * 2);
            assertThat(doubled.analysedBpm()).isEqualTo(analysed.bpm());
            Track listed = this.library.get(owner, trackId);
            assertThat(listed.bpm()).isEqualTo(Math.round(analysed.bpm() * 200) / 100.0);
            assertThat(listed.bpmEdited()).isTrue();
            assertThat(listed.bpmSource()).isEqualTo("edited");
            waitFor(() -> updates.stream().anyMatch(m -> TrackEvents.UPDATED.equals(m.event())));
        }

        TrackTempo back = tempo.edit(owner, trackId, new Scale(Factor.HALVE));

        assertThat(back.tempo()).usingRecursiveComparison().isEqualTo(analysed);
        assertThat(analysis.find(owner, trackId).orElseThrow().report().tempo())
                .usingRecursiveComparison()
                .isEqualTo(analysed);
    }

    @Test
    void halvingThenDoublingReturnsASteadyGridToTheMicrosecond() {
        assertThat(analysed.steady()).isTrue();
        tempo.edit(owner, trackId, new Scale(Factor.HALVE));

        Tempo back = tempo.edit(owner, trackId, new Scale(Factor.DOUBLE)).tempo();

        assertThat(back.bpm()).isEqualTo(analysed.bpm());
        assertThat(back.beats()).containsExactly(analysed.beats(), within(2e-6));
        assertThat(back.downbeats()).containsExactly(analysed.downbeats(), within(2e-6));
    }

    @Test
    void settingTheDownbeatMovesTheFirstDownbeatToThePlayheadWithinAMillisecond() {
        double playhead = analysed.downbeats()[0] + 0.3217;

        TrackTempo moved = tempo.edit(owner, trackId, new Downbeat(playhead));

        assertThat(moved.tempo().downbeats()[0]).isCloseTo(playhead, within(0.001));
        assertThat(analysis.markersJson(owner, trackId).orElseThrow())
                .contains("\"downbeats\":[" + moved.tempo().downbeats()[0] + ",");
    }

    @Test
    void anEditedGridSurvivesReanalysisAndANewEngineVersion() throws Exception {
        TrackTempo edited = tempo.edit(owner, trackId, "two_thirds", null);

        TrackAnalysis again = analyse();
        TrackAnalysis withRange = analysis.analyse(
                trackId, library.audioFile(owner, trackId).path(), new BpmRange(60, 120), fraction -> {});

        TrackAnalysis now = analysis.find(owner, trackId).orElseThrow();
        for (TrackAnalysis after : List.of(again, withRange, now)) {
            assertThat(after.bpmSource()).isEqualTo(BpmSource.EDITED);
            assertThat(after.report().tempo()).usingRecursiveComparison().isEqualTo(edited.tempo());
        }
        assertThat(again.analysedTempo().bpm()).isCloseTo(124, within(0.1));
        assertThat(now.analysedTempo().bpm())
                .as("the analysis in 60–120 replaced the engine's own tempo, not the edit")
                .isCloseTo(62, within(0.1));
        assertThat(library.get(owner, trackId).bpm()).isEqualTo(edited.bpm());
        assertThat(library.get(owner, trackId).bpmEdited()).isTrue();
    }

    @Test
    void suggestedCuesFollowTheEditedGrid() {
        analysis.suggestCues(trackId);

        TrackTempo shifted = tempo.edit(owner, trackId, "shift", 0.5);

        Structure structure = analysis.find(owner, trackId).orElseThrow().structure();
        assertThat(structure.cues()).isNotEmpty();
        double halfBeat = 30 / analysed.bpm();
        for (Structure.CuePoint cue : structure.cues()) {
            assertThat(java.util.Arrays.stream(shifted.tempo().downbeats())
                            .anyMatch(downbeat -> Math.abs(downbeat - cue.time()) <= 0.001))
                    .as("cue at %s on a downbeat of the shifted grid", cue.time())
                    .isTrue();
            assertThat(java.util.Arrays.stream(analysed.downbeats())
                            .allMatch(downbeat -> Math.abs(downbeat - cue.time()) > halfBeat / 2))
                    .as("cue at %s off the analysed downbeats", cue.time())
                    .isTrue();
        }
    }

    @Test
    void resetBringsBackTheAnalysedGrid() {
        tempo.edit(owner, trackId, "tap", 131.0);

        TrackTempo reset = tempo.reset(owner, trackId);

        assertThat(reset.source()).isEqualTo(BpmSource.ANALYSED);
        assertThat(reset.tempo()).usingRecursiveComparison().isEqualTo(analysed);
        assertThat(library.get(owner, trackId).bpmEdited()).isFalse();
        assertThat(library.get(owner, trackId).bpm()).isEqualTo(Math.round(analysed.bpm() * 100) / 100.0);
    }

    @Test
    void onlyTheOwnerMayEditAndOthersChangeNothing() {
        assertThatThrownBy(() -> tempo.edit(stranger, trackId, new Scale(Factor.DOUBLE)))
                .isInstanceOf(TrackAccessDeniedException.class);
        assertThatThrownBy(() -> tempo.edit(stranger, trackId, "nonsense", Double.NaN))
                .isInstanceOf(TrackAccessDeniedException.class);
        assertThatThrownBy(() -> tempo.reset(stranger, trackId)).isInstanceOf(TrackAccessDeniedException.class);
        assertThatThrownBy(() -> tempo.edit(owner, UUID.randomUUID(), "double", null))
                .isInstanceOf(TrackNotFoundException.class);

        assertUnchanged();
    }

    @Test
    void malformedEditsAreRefusedWithAReasonAndChangeNothing() {
        assertThatThrownBy(() -> tempo.edit(owner, trackId, "tap", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 30 and 300 BPM");
        assertThatThrownBy(() -> tempo.edit(owner, trackId, "tap", -124.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tempo.edit(owner, trackId, "tap", 5000.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tempo.edit(owner, trackId, "shift", 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between −1 and 1");
        assertThatThrownBy(() -> tempo.edit(owner, trackId, "downbeat", -3.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tempo.edit(owner, trackId, "triple", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one of double");
        tempo.edit(owner, trackId, "double", null);
        assertThatThrownBy(() -> tempo.edit(owner, trackId, "double", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("%.2f BPM".formatted(analysed.bpm() * 4));
        assertThat(tempo.tempo(owner, trackId).orElseThrow().bpm()).isEqualTo(analysed.bpm() * 2);
        tempo.reset(owner, trackId);

        assertUnchanged();
    }

    @Test
    void aTrackNotAnalysedYetCannotBeEdited() throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve("Fresh.wav"), 120, 4);
        UUID fresh;
        try (InputStream in = Files.newInputStream(wav)) {
            fresh = imports.importAudio(owner, in, "Fresh.wav").track().id();
        }

        assertThatThrownBy(() -> tempo.edit(owner, fresh, "double", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not been analysed");
        assertThat(tempo.tempo(owner, fresh)).isEmpty();
    }

    private void assertUnchanged() {
        TrackTempo now = tempo.tempo(owner, trackId).orElseThrow();
        assertThat(now.source()).isEqualTo(BpmSource.ANALYSED);
        assertThat(now.tempo()).usingRecursiveComparison().isEqualTo(analysed);
        assertThat(library.get(owner, trackId).bpmEdited()).isFalse();
    }

    private TrackAnalysis analyse() throws Exception {
        return analysis.analyse(trackId, library.audioFile(owner, trackId).path(), fraction -> {});
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 5_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out");
            }
            Thread.onSpinWait();
        }
    }
}
