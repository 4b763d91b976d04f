package com.soundforge.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.imports.ImportResult;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@SfaSpringTest
class LibraryServiceTest {

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

    UserAccount owner;

    @BeforeEach
    void newOwner() {
        owner = TestUsers.create(users);
    }

    @Test
    void aSearchWithControlCharactersFromAnyScreenFindsWhatItsTextFinds() throws Exception {
        importFile(tone("Night Driver - Neon Lights.wav", 0.5));

        assertThat(library.count(owner.id(), "Ne\u0000on")).isEqualTo(1);
        assertThat(library.list(owner.id(), TrackQuery.all("\u0000"))).hasSize(1);
    }

    @Test
    void browserPlayableFilesAreServedAsTheyAre() throws Exception {
        Track track = importFile(tone("plain.wav", 0.5)).track();
        assertThat(library.playableAudio(owner.id(), track.id())).isEqualTo(library.audioFile(owner.id(), track.id()));
    }

    @Test
    void deletingTracksRemovesTheirFilesAndTellsTheOwnersScreens() throws Exception {
        List<TopicMessage> events = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(Topics.tracks(owner.id()), events::add);
        Track one = importFile(tone("one.wav", 0.5)).track();
        Track two = importFile(tone("two.wav", 0.6)).track();
        Path oneFile = library.audioFile(owner.id(), one.id()).path();

        int deleted = library.delete(owner.id(), List.of(one.id(), two.id()));

        assertThat(deleted).isEqualTo(2);
        assertThat(oneFile).doesNotExist();
        assertThat(library.count(owner.id(), null)).isZero();
        awaitEvents(events, 4);
        assertThat(events)
                .extracting(TopicMessage::event)
                .containsExactly(TrackEvents.CREATED, TrackEvents.CREATED, TrackEvents.DELETED, TrackEvents.DELETED);
    }

    @Test
    void nobodyReadsOrDeletesAnotherUsersTracks() throws Exception {
        Track mine = importFile(tone("mine.wav", 0.5)).track();
        UserAccount stranger = TestUsers.create(users);

        assertThatThrownBy(() -> library.get(stranger.id(), mine.id())).isInstanceOf(TrackAccessDeniedException.class);
        assertThatThrownBy(() -> library.audioFile(stranger.id(), mine.id()))
                .isInstanceOf(TrackAccessDeniedException.class);
        assertThat(library.delete(stranger.id(), List.of(mine.id()))).isZero();
        assertThat(library.list(stranger.id(), TrackQuery.all(null))).isEmpty();
        assertThat(library.get(owner.id(), mine.id())).isNotNull();
    }

    @Test
    void theTrackListSearchesTitleArtistAndAlbumAndSortsAndPages() throws Exception {
        importFile(tone("Alpha Artist - Zebra Song.wav", 0.3));
        importFile(tone("Beta Band - Apple Song.wav", 0.4));
        importFile(tone("Gamma - Unrelated.wav", 0.5));

        assertThat(library.list(owner.id(), new TrackQuery("song", TrackSort.TITLE, true, 0, 10)))
                .extracting(Track::title)
                .containsExactly("Apple Song", "Zebra Song");
        assertThat(library.list(owner.id(), new TrackQuery("BETA", TrackSort.TITLE, true, 0, 10)))
                .extracting(Track::artist)
                .containsExactly("Beta Band");
        assertThat(library.list(owner.id(), new TrackQuery(null, TrackSort.DURATION, false, 1, 1)))
                .extracting(Track::title)
                .containsExactly("Apple Song");
        assertThat(library.count(owner.id(), "song")).isEqualTo(2);
        assertThat(library.count(owner.id(), "50%_")).isZero();
    }

    private ImportResult importFile(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.importAudio(owner.id(), in, file.getFileName().toString());
        }
    }

    private Path tone(String name, double seconds) throws IOException {
        Path file = work.resolve(name);
        TestAudio.writeSineWav(file, 44_100, 2, seconds, 220.0 + name.length() * 7);
        return file;
    }

    private static void awaitEvents(List<TopicMessage> events, int count) throws InterruptedException {
        for (int i = 0; i < 500 && events.size() < count; i++) {
            Thread.sleep(10);
        }
    }
}
