package com.soundforge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.AudioHttpServer;
import com.soundforge.support.FakeSpotify;
import com.soundforge.support.LocalSpotify;
import com.soundforge.support.SfaPipelineTest;
import com.soundforge.support.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Spotify links end to end, against Spotify's Web API served locally in its real formats. */
@SfaPipelineTest
class SpotifyImportTest {

    static final AudioHttpServer SPOTIFY = LocalSpotify.server();

    @Autowired
    PipelineService pipelines;

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @Test
    void aSpotifyTrackLinkBecomesATrackWithSpotifysMetadata() throws Exception {
        Assumptions.assumeTrue(
                imports.pageImportsAvailable(), "yt-dlp and ffmpeg are installed (.ci/run installs them)");
        UserAccount owner = TestUsers.create(users);

        List<ImportStarted> started = pipelines.importLink(
                owner.id(), "https://open.spotify.com/track/" + FakeSpotify.TRACK_ID + "?si=shared");

        assertThat(started).hasSize(1);
        PipelineJob download = awaitFinished(owner, started.getFirst().jobId());
        assertThat(download.status()).as(download.error()).isEqualTo(JobStatus.COMPLETED);
        Track track = library.get(owner.id(), started.getFirst().trackId());
        assertThat(track.title()).isEqualTo("Night Drive");
        assertThat(track.artist()).isEqualTo("Aurora Lines, Kite Theory");
        assertThat(track.album()).isEqualTo("Midnight Signals");
        assertThat(track.isrc()).isEqualTo("GBUM72400123");
        assertThat(track.coverUrl()).startsWith("https://i.scdn.co/image/");
        assertThat(track.sourceUrl()).isEqualTo("spotify:track:" + FakeSpotify.TRACK_ID);
        assertThat(SPOTIFY.hits("/search")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPlaylistLinkCreatesOneImportPerItem() throws Exception {
        UserAccount owner = TestUsers.create(users);

        List<ImportStarted> started =
                pipelines.importLink(owner.id(), "https://open.spotify.com/playlist/" + FakeSpotify.PLAYLIST_ID);

        assertThat(started).hasSize(2);
        assertThat(started).extracting(ImportStarted::trackId).doesNotHaveDuplicates();
        assertThat(started.stream().map(s -> pipelines.job(owner, s.jobId()).sourceUrl()))
                .containsExactly("spotify:track:4cOdK2wGLETKBW3PvgPWqT", "spotify:track:7ouMYWpwJ422jRcDASZB7P");
    }

    private PipelineJob awaitFinished(UserAccount owner, UUID jobId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        PipelineJob job = pipelines.job(owner, jobId);
        while (!job.status().isFinished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            job = pipelines.job(owner, jobId);
        }
        return job;
    }
}
