package com.soundforge.daw.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.audio.TestAudio;
import com.soundforge.dsp.SincResampler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedStreamCacheTest {

    @TempDir
    Path dir;

    @Test
    void aMonoSourceIsCopiedToBothChannelsAndResampledToTheProjectRate() throws Exception {
        Path wav = TestAudio.writeSineWav(dir.resolve("a.wav"), 44_100, 1, 2, 1_000);
        PreparedStreamCache cache = new PreparedStreamCache(dir.resolve("cache"), 1L << 30);
        Path prepared = cache.prepare(wav, "mix", 48_000, 1);
        long frames = Files.size(prepared) / FileStereoStream.BYTES_PER_FRAME;
        assertThat(frames).isEqualTo(new SincResampler(44_100, 48_000).outputFrames(88_200));
        try (FileStereoStream stream = new FileStereoStream(prepared)) {
            float[] left = new float[48_000];
            float[] right = new float[48_000];
            stream.read(24_000, left, right, 48_000);
            assertThat(right).isEqualTo(left);
            for (int i = 0; i < 48_000; i += 97) {
                double ideal = 0.5 * Math.sin(2 * Math.PI * 1_000 * (24_000 + i) / 48_000.0);
                assertThat((double) left[i]).isCloseTo(ideal, within(2e-4));
            }
        }
    }

    @Test
    void theSameKeyIsPreparedOnceAndAnotherStretchIsAnotherFile() throws Exception {
        Path wav = TestAudio.writeSineWav(dir.resolve("a.wav"), 48_000, 2, 1, 440);
        PreparedStreamCache cache = new PreparedStreamCache(dir.resolve("cache"), 1L << 30);
        Path first = cache.prepare(wav, "mix", 48_000, 1);
        byte[] bytes = Files.readAllBytes(first);
        assertThat(cache.prepare(wav, "mix", 48_000, 1.0000001)).isEqualTo(first);
        assertThat(Files.readAllBytes(first)).isEqualTo(bytes);
        Path stretched = cache.prepare(wav, "mix", 48_000, 1.5);
        assertThat(stretched).isNotEqualTo(first);
        assertThat(Files.size(stretched) / FileStereoStream.BYTES_PER_FRAME).isEqualTo(Math.round(48_000 / 1.5));
        assertThat(cache.prepare(wav, "vocals", 48_000, 1)).isNotEqualTo(first);
    }

    @Test
    void beyondItsBoundTheLeastRecentlyUsedFilesGo() throws Exception {
        Path a = TestAudio.writeSineWav(dir.resolve("a.wav"), 48_000, 2, 1, 440);
        Path b = TestAudio.writeSineWav(dir.resolve("b.wav"), 48_000, 2, 1, 550);
        Path c = TestAudio.writeSineWav(dir.resolve("c.wav"), 48_000, 2, 1, 660);
        PreparedStreamCache cache = new PreparedStreamCache(dir.resolve("cache"), 2 * 48_000 * 8 + 100);
        Path preparedA = cache.prepare(a, "mix", 48_000, 1);
        Files.setLastModifiedTime(preparedA, java.nio.file.attribute.FileTime.fromMillis(1_000));
        Path preparedB = cache.prepare(b, "mix", 48_000, 1);
        Files.setLastModifiedTime(preparedB, java.nio.file.attribute.FileTime.fromMillis(2_000));
        cache.prepare(a, "mix", 48_000, 1);
        Path preparedC = cache.prepare(c, "mix", 48_000, 1);
        assertThat(preparedA).exists();
        assertThat(preparedB).doesNotExist();
        assertThat(preparedC).exists();
    }

    @Test
    void aSweepDropsTheFilesOfDeletedOrRewrittenSourcesAndKeepsTheRest() throws Exception {
        Path kept = TestAudio.writeSineWav(dir.resolve("kept.wav"), 48_000, 2, 1, 440);
        Path deleted = TestAudio.writeSineWav(dir.resolve("deleted.wav"), 48_000, 2, 1, 550);
        Path rewritten = TestAudio.writeSineWav(dir.resolve("rewritten.wav"), 48_000, 2, 1, 660);
        Path folder = dir.resolve("cache");
        PreparedStreamCache cache = new PreparedStreamCache(folder, 1L << 30);
        Path keptFile = cache.prepare(kept, "mix", 48_000, 1);
        Path keptStretched = cache.prepare(kept, "mix", 48_000, 1.25);
        Path deletedFile = cache.prepare(deleted, "mix", 44_100, 1);
        Path deletedStretched = cache.prepare(deleted, "mix", 44_100, 0.8);
        Path rewrittenFile = cache.prepare(rewritten, "drums", 48_000, 1);
        Files.delete(deleted);
        TestAudio.writeSineWav(rewritten, 48_000, 2, 2, 660);

        assertThat(cache.sweep()).isEqualTo(3);

        assertThat(keptFile).exists();
        assertThat(keptStretched).exists();
        assertThat(deletedFile).doesNotExist();
        assertThat(deletedStretched).doesNotExist();
        assertThat(rewrittenFile).doesNotExist();
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .hasSize(4)
                    .allMatch(name -> name.endsWith(".f32") || name.endsWith(".source"));
        }
        assertThat(cache.prepare(rewritten, "drums", 48_000, 1)).exists();
        assertThat(cache.sweep()).isZero();
    }

    @Test
    void aSweepDropsPreparedFilesWithoutASourceNoteAndTemporaryFilesLeftByACrash() throws Exception {
        Path wav = TestAudio.writeSineWav(dir.resolve("a.wav"), 48_000, 2, 1, 440);
        Path folder = dir.resolve("cache");
        PreparedStreamCache cache = new PreparedStreamCache(folder, 1L << 30);
        Path prepared = cache.prepare(wav, "mix", 48_000, 1);
        Path unnoted = Files.write(folder.resolve("0123456789abcdef0123456789abcdef01234567.f32"), new byte[64]);
        Path oldTemp = Files.write(folder.resolve("0123.tmp-1"), new byte[64]);
        Files.setLastModifiedTime(oldTemp, java.nio.file.attribute.FileTime.fromMillis(1_000));
        Path freshTemp = Files.write(folder.resolve("4567.tmp-2"), new byte[64]);

        assertThat(cache.sweep()).isEqualTo(1);

        assertThat(prepared).exists();
        assertThat(unnoted).doesNotExist();
        assertThat(oldTemp).doesNotExist();
        assertThat(freshTemp).as("a preparation may be writing it now").exists();
    }
}
