package com.soundforge.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.TrackAnalysed;
import com.soundforge.audio.TestAudio;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

@SfaSpringTest
class LibraryAnalysisColumnsTest {

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @Autowired
    ApplicationEventPublisher events;

    @TempDir
    Path work;

    UserAccount owner;
    Track aMinor124;
    Track eMinor126;
    Track cMajor128;
    Track dMajor140;
    Track notAnalysed;

    @BeforeEach
    void library() throws Exception {
        owner = TestUsers.create(users);
        aMinor124 = analysed("a", 124.004, "A minor", -8.04);
        eMinor126 = analysed("b", 126, "E minor", -9.5);
        cMajor128 = analysed("c", 128, "C major", -7.2);
        dMajor140 = analysed("d", 140, "D major", -6.0);
        notAnalysed = add("e", 330);
    }

    @Test
    void anAnalysisPutsRoundedBpmKeyCamelotAndLoudnessOnTheTrack() {
        Track track = library.get(owner.id(), aMinor124.id());

        assertThat(track.bpm()).isEqualTo(124.0);
        assertThat(track.musicalKey()).isEqualTo("Am");
        assertThat(track.camelot()).isEqualTo("8A");
        assertThat(track.lufs()).isEqualTo(-8.0);
        assertThat(library.get(owner.id(), notAnalysed.id()).bpm()).isNull();
    }

    @Test
    void tracksFilterByBpmRange() {
        TrackQuery query = new TrackQuery(null, 125.0, 130.0, null, TrackSort.BPM, true, 0, 10);

        assertThat(library.list(owner.id(), query))
                .extracting(Track::id)
                .containsExactly(eMinor126.id(), cMajor128.id());
        assertThat(library.countMatching(owner.id(), query)).isEqualTo(2);
    }

    @Test
    void tracksFilterByHarmonicCompatibility() {
        TrackQuery mixesWithAMinor = new TrackQuery(null, null, null, "8a", TrackSort.BPM, true, 0, 10);

        // 8A itself, 9A (E minor) one step up, 8B (C major) its relative; D major (10B) does not mix.
        assertThat(library.list(owner.id(), mixesWithAMinor))
                .extracting(Track::id)
                .containsExactly(aMinor124.id(), eMinor126.id(), cMajor128.id());
    }

    @Test
    void sortingByKeyFollowsTheCamelotWheelAndPutsUnanalysedTracksLast() {
        List<Track> byKey = library.list(owner.id(), new TrackQuery(null, TrackSort.KEY, true, 0, 10));

        assertThat(byKey).extracting(Track::camelot).containsExactly("8A", "8B", "9A", "10B", null);
        assertThat(library.list(owner.id(), new TrackQuery(null, TrackSort.LUFS, false, 0, 10)))
                .extracting(Track::id)
                .startsWith(dMajor140.id(), cMajor128.id());
    }

    @Test
    void aMalformedCamelotKeyIsRefused() {
        assertThatThrownBy(() -> new TrackQuery(null, null, null, "13C", TrackSort.BPM, true, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Camelot");
    }

    private Track analysed(String name, double bpm, String key, double lufs) throws Exception {
        Track track = add(name, 220 + name.charAt(0));
        events.publishEvent(new TrackAnalysed(track.id(), bpm, MusicalKey.parse(key), lufs));
        return track;
    }

    private Track add(String name, double hz) throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve(name + ".wav"), 8_000, 1, 0.2, hz);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(owner.id(), in, name + ".wav").track();
        }
    }
}
