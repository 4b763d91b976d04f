package com.soundforge.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class PageDownloaderTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutYtDlpAPageLinkFailsWithInstructionsInsteadOfSilently() throws Exception {
        PageDownloader missing = new PageDownloader(new TrackStorage(new LibraryProperties(dataDir,
                new LibraryProperties.Upload(DataSize.ofMegabytes(1)))), "yt-dlp-is-not-installed-here");

        assertThat(missing.isAvailable()).isFalse();
        assertThatThrownBy(() -> missing.download("https://www.youtube.com/watch?v=x", (a, b) -> { }))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ImportFailure.UNSUPPORTED_SOURCE);
                    assertThat(e.getMessage()).contains("yt-dlp").contains("apt-get install yt-dlp ffmpeg");
                });
    }

    @Test
    void streamingSitesAreRecognisedAsPageLinks() {
        assertThat(PageUrls.isPageUrl(URI.create("https://www.youtube.com/watch?v=abc"))).isTrue();
        assertThat(PageUrls.isPageUrl(URI.create("https://youtu.be/abc"))).isTrue();
        assertThat(PageUrls.isPageUrl(URI.create("https://soundcloud.com/artist/track"))).isTrue();
        assertThat(PageUrls.isPageUrl(URI.create("https://artist.bandcamp.com/track/x"))).isTrue();
        assertThat(PageUrls.isPageUrl(URI.create("https://example.com/song.mp3"))).isFalse();
        assertThat(PageUrls.isPageUrl(URI.create("https://notyoutube.com/x"))).isFalse();
    }
}
