package com.soundforge.separation.demucs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.TestAudio;
import com.soundforge.separation.SeparatedStem;
import com.soundforge.separation.SeparationException;
import com.soundforge.separation.StemType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Demucs engine's plumbing (process, progress parsing, output layout) against a FAKE {@code demucs} script:
 * it only copies the input into Demucs' layout and prints tqdm-style progress. Nothing here says anything about
 * Demucs' separation quality.
 */
class DemucsSeparationEngineTest {

    @TempDir
    Path work;

    /** A stand-in for the demucs CLI: answers --help, prints tqdm bars on stderr, copies the input per stem. */
    private Path fakeDemucs(String... stems) throws Exception {
        String script = """
                #!/bin/sh
                # FAKE demucs for tests: no separation, only the CLI's shape.
                [ "$1" = "--help" ] && { echo "usage: demucs"; exit 0; }
                while [ $# -gt 1 ]; do
                  case "$1" in -n) model=$2; shift 2;; -o) out=$2; shift 2;; *) shift;; esac
                done
                input=$1; name=$(basename "$input"); name=${name%%.*}
                mkdir -p "$out/$model/$name"
                for p in 0 25 50 100; do printf '\\r %s%%|####      | 1.0/4.0 [00:01<00:03]' $p >&2; done
                echo >&2
                for s in STEMS; do cp "$input" "$out/$model/$name/$s.wav"; done
                """.replace("STEMS", String.join(" ", stems));
        Path file = work.resolve("fake-demucs.sh");
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void runsTheCommandReportsItsProgressAndReadsItsLayout() throws Exception {
        Path audio = TestAudio.writeSineWav(work.resolve("My Track.wav"), 44_100, 2, 0.5, 220);
        DemucsSeparationEngine engine = new DemucsSeparationEngine(
                fakeDemucs("vocals", "drums", "bass", "other").toString(), Duration.ofMinutes(1));
        List<Double> progress = new CopyOnWriteArrayList<>();

        List<SeparatedStem> stems = engine.separate(audio, work.resolve("out"), 4, "htdemucs", progress::add);

        assertThat(engine.available()).isTrue();
        assertThat(stems)
                .extracting(SeparatedStem::type)
                .containsExactly(StemType.VOCALS, StemType.DRUMS, StemType.BASS, StemType.OTHER);
        assertThat(stems).allSatisfy(stem -> {
            assertThat(stem.file()).isRegularFile();
            assertThat(stem.frames()).isEqualTo(22_050);
        });
        assertThat(progress).containsSubsequence(0.0, 0.25, 0.5).isSorted();
    }

    @Test
    void theSixSourceModelsGuitarAndPianoAreFoldedIntoOther() throws Exception {
        Path audio = TestAudio.writeSineWav(work.resolve("six.wav"), 44_100, 1, 0.25, 220);
        DemucsSeparationEngine engine = new DemucsSeparationEngine(
                fakeDemucs("vocals", "drums", "bass", "other", "guitar", "piano")
                        .toString(),
                Duration.ofMinutes(1));

        List<SeparatedStem> stems = engine.separate(audio, work.resolve("out"), 4, "htdemucs_6s", f -> {});

        assertThat(stems).extracting(SeparatedStem::type).hasSize(4).contains(StemType.OTHER);
        assertThat(stems.getLast().frames()).isEqualTo(11_025);
        try (var files = Files.list(work.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".wav")))
                    .containsExactlyInAnyOrder("vocals.wav", "drums.wav", "bass.wav", "other.wav");
        }
    }

    @Test
    void aMissingCommandIsNotAvailableAndFailsPermanently() {
        DemucsSeparationEngine engine =
                new DemucsSeparationEngine(work.resolve("no-demucs").toString(), Duration.ofMinutes(1));

        assertThat(engine.available()).isFalse();
        assertThatThrownBy(() -> engine.separate(work.resolve("x.wav"), work.resolve("out"), 4, "htdemucs", f -> {}))
                .isInstanceOf(SeparationException.class)
                .hasMessageContaining("not installed")
                .matches(e -> ((SeparationException) e).permanent());
    }

    @Test
    void bagsOfModelsRunTheBarOncePerModel() {
        DemucsProgressParser parser = new DemucsProgressParser(DemucsProgressParser.passesFor("htdemucs_ft"));
        assertThat(parser.accept(" 50%|#####     | 2/4")).isEqualTo(0.125);
        assertThat(parser.accept("100%|##########| 4/4")).isEqualTo(0.25);
        assertThat(parser.accept("  0%|          | 0/4")).isEqualTo(0.25);
        assertThat(parser.accept(" 50%|#####     | 2/4")).isEqualTo(0.375);
        assertThat(parser.accept("Separated track x")).isEqualTo(-1);
    }
}
