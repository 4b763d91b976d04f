package com.soundforge.dj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.TestAudio;
import com.soundforge.dj.DjCommand.HotCueChange;
import com.soundforge.dj.DjCommand.Play;
import com.soundforge.dj.DjCommand.Tempo;
import com.soundforge.library.Track;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@SfaSpringTest
class DjServiceTest {

    @Autowired
    DjService dj;

    @Autowired
    DjRepository repository;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @Autowired
    Broadcaster broadcaster;

    @TempDir
    Path work;

    UserAccount djUser;
    UserAccount other;
    DjSession session;
    Track track;

    @BeforeEach
    void set() throws Exception {
        djUser = TestUsers.create(users);
        other = TestUsers.create(users);
        session = dj.openLatest(djUser.id());
        Path wav = TestAudio.writeSineWav(work.resolve("Deck - Tone.wav"), 8_000, 1, 20, 440);
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(djUser.id(), in, "Deck - Tone.wav").track();
        }
    }

    @Test
    void aDjHasOneCurrentSetThatOthersCannotSee() {
        assertThat(dj.openLatest(djUser.id()).id()).isEqualTo(session.id());
        assertThat(session.state().decks()).hasSize(2);
        assertThatThrownBy(() -> dj.session(other.id(), session.id())).isInstanceOf(DjSessionNotFoundException.class);
        assertThatThrownBy(() -> dj.apply(other.id(), session.id(), new Play(0, true, 0), "x"))
                .isInstanceOf(DjSessionNotFoundException.class);
        assertThatThrownBy(
                        () -> dj.loadTrack(other.id(), dj.openLatest(other.id()).id(), 0, track.id(), "x"))
                .isInstanceOf(TrackAccessDeniedException.class);
    }

    @Test
    void changesAreBroadcastWithTheScreenTheyCameFromAndPlayIsStoredAtOnce() throws Exception {
        List<TopicMessage> seen = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(Topics.djSession(session.id()), seen::add);

        dj.loadTrack(djUser.id(), session.id(), 0, track.id(), "screen-1");
        dj.apply(djUser.id(), session.id(), new Play(0, true, 1.5), "screen-1");

        await(() -> seen.size() >= 3);
        assertThat(seen)
                .extracting(TopicMessage::event)
                .containsExactly(DjEvent.DECK_STATE_CHANGED, DjEvent.TRACK_LOADED, DjEvent.DECK_STATE_CHANGED);
        assertThat(seen).allMatch(message -> message.cameFrom("screen-1"));
        DeckState stored =
                repository.find(session.id()).orElseThrow().state().decks().getFirst();
        assertThat(stored.playing()).isTrue();
        assertThat(stored.position()).isEqualTo(1.5);
        assertThat(stored.track().title()).isEqualTo("Tone");
    }

    @Test
    void aBurstOfTempoMovesIsStoredThrottledButTheLastValueAlwaysLands() throws Exception {
        dj.loadTrack(djUser.id(), session.id(), 1, track.id(), "s");
        for (int i = 1; i <= 40; i++) {
            dj.apply(djUser.id(), session.id(), new Tempo(1, i * 0.1, 8, false), "s");
        }

        assertThat(dj.session(djUser.id(), session.id()).state().decks().get(1).tempoPercent())
                .isEqualTo(4.0);
        await(() -> repository
                        .find(session.id())
                        .orElseThrow()
                        .state()
                        .decks()
                        .get(1)
                        .tempoPercent()
                == 4.0);
    }

    @Test
    void anIdleSessionLeavesMemoryWithItsPendingTempoStoredAndComesBackWhole() {
        dj.loadTrack(djUser.id(), session.id(), 1, track.id(), "s");
        for (int i = 1; i <= 10; i++) {
            dj.apply(djUser.id(), session.id(), new Tempo(1, i * 0.5, 8, false), "s");
        }
        int before = dj.liveSessions();

        assertThat(dj.evictIdle(java.time.Duration.ZERO)).isGreaterThanOrEqualTo(1);

        assertThat(dj.liveSessions()).isLessThan(before);
        assertThat(repository
                        .find(session.id())
                        .orElseThrow()
                        .state()
                        .decks()
                        .get(1)
                        .tempoPercent())
                .isEqualTo(5.0);
        DjSession back = dj.session(djUser.id(), session.id());
        assertThat(back.state().decks().get(1).tempoPercent()).isEqualTo(5.0);
        assertThat(back.state().decks().get(1).track().trackId()).isEqualTo(track.id());
        dj.apply(djUser.id(), session.id(), new Tempo(1, 6.0, 8, false), "s");
        assertThat(dj.session(djUser.id(), session.id()).state().decks().get(1).tempoPercent())
                .isEqualTo(6.0);
        assertThat(dj.evictIdle(java.time.Duration.ofHours(1))).isZero();
    }

    @Test
    void hotCuesSavedOnATrackComeBackWhenItIsLoadedAgain() {
        dj.loadTrack(djUser.id(), session.id(), 0, track.id(), "s");
        dj.apply(djUser.id(), session.id(), new HotCueChange(0, "set", 3, 12.5, "#43a047", 12.5, false), "s");

        DjSessionState reloaded = dj.loadTrack(djUser.id(), session.id(), 1, track.id(), "s");

        assertThat(reloaded.decks().get(1).hotCues())
                .singleElement()
                .satisfies(cue -> assertThat(cue.time()).isEqualTo(12.5))
                .satisfies(cue -> assertThat(cue.slot()).isEqualTo(3));
    }

    @Test
    void theLoopLastSetOnATrackComesBackInactiveWhenItIsLoadedAgainButALoopRollIsNotKept() {
        dj.loadTrack(djUser.id(), session.id(), 0, track.id(), "s");
        dj.apply(
                djUser.id(),
                session.id(),
                new DjCommand.LoopChange(0, "beat", new DeckState.Loop(4.0, 6.0, 4.0, true), 4.0),
                "s");
        dj.apply(
                djUser.id(),
                session.id(),
                new DjCommand.LoopChange(0, "roll-start", new DeckState.Loop(10.0, 10.5, 1.0, true), 10.0),
                "s");

        DjSessionState reloaded = dj.loadTrack(djUser.id(), session.id(), 1, track.id(), "s");

        assertThat(reloaded.decks().get(1).loop()).isEqualTo(new DeckState.Loop(4.0, 6.0, 4.0, false));
    }

    @Test
    void aShareLinkLetsSpectatorsInUntilItIsRevoked() {
        String token = dj.createShareLink(djUser.id(), session.id());

        assertThat(dj.sessionForShareToken(token)).map(DjSession::id).hasValue(session.id());
        assertThat(dj.sessionForShareToken(token + "x")).isEmpty();
        assertThat(dj.sessionForShareToken("")).isEmpty();
        UUID link = dj.shareLinks(djUser.id(), session.id()).getFirst().id();
        assertThatThrownBy(() -> dj.revokeShareLink(other.id(), session.id(), link))
                .isInstanceOf(DjSessionNotFoundException.class);

        assertThat(dj.revokeShareLink(djUser.id(), session.id(), link)).isTrue();
        assertThat(dj.sessionForShareToken(token)).isEmpty();
        assertThat(dj.shareLinks(djUser.id(), session.id()).getFirst().active()).isFalse();
    }

    @Test
    void midiMappingsAreKeptPerUserAndMustBeJson() {
        dj.saveMidiMappings(djUser.id(), "{\"cc:1:7\": \"crossfader\"}");

        assertThat(dj.midiMappings(djUser.id())).hasValue("{\"cc:1:7\": \"crossfader\"}");
        assertThat(dj.midiMappings(other.id())).isEmpty();
        assertThatThrownBy(() -> dj.saveMidiMappings(djUser.id(), "{not json")).isNotNull();
        assertThatThrownBy(() -> dj.saveMidiMappings(djUser.id(), "[" + "1,".repeat(40_000) + "1]"))
                .hasMessageContaining("64 KB");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
