package com.soundforge.dj;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TempoService;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Decks with a track follow its owner's edit of the beat grid: state, storage and every screen of the set. */
@SfaSpringTest
class DjTempoFollowerTest {

    @Autowired
    DjService dj;

    @Autowired
    DjRepository sessions;

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

    @Test
    void everyDeckWithTheTrackGetsTheEditedTempoAndEveryScreenIsTold() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Track track = analysedGroove(owner);
        DjSession set = dj.openLatest(owner.id());
        dj.loadTrack(owner.id(), set.id(), 0, track.id(), "screen-1");
        dj.loadTrack(owner.id(), set.id(), 1, track.id(), "screen-1");
        assertThat(dj.session(owner.id(), set.id())
                        .state()
                        .decks()
                        .getFirst()
                        .track()
                        .bpmSource())
                .isEqualTo("analysed");
        List<TopicMessage> seen = new CopyOnWriteArrayList<>();

        try (Subscription screens = broadcaster.subscribe(Topics.djSession(set.id()), seen::add)) {
            tempo.edit(owner.id(), track.id(), "halve", null);
            for (int i = 0; i < 50 && seen.size() < 2; i++) {
                Thread.sleep(100);
            }
        }

        assertThat(seen).extracting(TopicMessage::event).containsOnly(DjEvent.BEAT_GRID_CHANGED);
        assertThat(seen).extracting(TopicMessage::origin).containsOnlyNulls();
        assertThat(seen).extracting(m -> ((DeckState) m.payload()).deck()).containsExactlyInAnyOrder(0, 1);
        for (DeckState deck : dj.session(owner.id(), set.id()).state().decks()) {
            assertThat(deck.track().bpm()).isEqualTo(62.0);
            assertThat(deck.track().bpmSource()).isEqualTo("edited");
        }
        DeckState stored = sessions.find(set.id()).orElseThrow().state().decks().getFirst();
        assertThat(stored.track().bpm()).isEqualTo(62.0);
    }

    private Track analysedGroove(UserAccount owner) throws Exception {
        Path wav = TestMusic.writeMinorGroove(work.resolve("Follow - Groove.wav"), 124, 12);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, "Follow - Groove.wav").track();
        }
        analysis.analyse(track.id(), library.audioFile(owner.id(), track.id()).path(), fraction -> {});
        return track;
    }
}
