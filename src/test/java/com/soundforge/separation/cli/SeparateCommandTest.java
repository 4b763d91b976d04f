package com.soundforge.separation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeparateCommandTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SeparateCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void separatesAFileIntoFourStemsWithProgressOnStandardError() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("in.wav"), 44_100, 2, 2.0, 220);

        int code = run(wav.toString(), work.resolve("out").toString());

        assertThat(code).isZero();
        for (String stem : new String[] {"vocals", "drums", "bass", "other"}) {
            assertThat(work.resolve("out/" + stem + ".wav")).isRegularFile();
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("separating 100 %")
                .contains("x real time");
    }

    @Test
    void twoStemsGiveVocalsAndInstrumental() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("in.wav"), 44_100, 1, 1.0, 220);

        assertThat(run(wav.toString(), work.resolve("out").toString(), "--stems", "2"))
                .isZero();

        try (var files = Files.list(work.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("vocals.wav", "instrumental.wav");
        }
    }

    @Test
    void aFileThatIsNotAudioIsAClearErrorWithExitCodeOne() throws Exception {
        Path text = Files.writeString(work.resolve("notes.wav"), "these are not samples");

        assertThat(run(text.toString(), work.resolve("out").toString())).isEqualTo(SeparateCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes.wav").contains("not audio");
        assertThat(run(
                        work.resolve("missing.wav").toString(),
                        work.resolve("out").toString()))
                .isEqualTo(SeparateCommand.BAD_INPUT);
    }

    @Test
    void anUnwritableOutputFolderIsExitCodeThree() throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve("in.wav"), 44_100, 1, 0.5, 220);
        Path blocker = Files.writeString(work.resolve("file"), "x");

        assertThat(run(wav.toString(), blocker.resolve("out").toString())).isEqualTo(SeparateCommand.UNWRITABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write");
    }

    @Test
    void badUsageIsExitCodeTwoWithTheUsage() {
        assertThat(run("only-one-path")).isEqualTo(SeparateCommand.USAGE);
        assertThat(run("a", "b", "--stems", "3")).isEqualTo(SeparateCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: separate");
    }

    @Test
    void theCorpusModeWritesTheEvalKitLayoutAndTiming() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        for (String clip : new String[] {"clip_000", "clip_001"}) {
            TestAudio.writeSineWav(
                    Files.createDirectories(corpus.resolve(clip)).resolve("mix.wav"), 44_100, 2, 1.0, 330);
        }
        Files.writeString(corpus.resolve("index.json"), "{\"seed\": 3, \"clips\": [\"clip_000\", \"clip_001\"]}");
        Path timing = work.resolve("timing.json");

        int code = run(
                "--corpus",
                corpus.toString(),
                work.resolve("results").toString(),
                "--timing",
                timing.toString(),
                "--report-memory");

        assertThat(code).isZero();
        assertThat(work.resolve("results/clip_001/other.wav")).isRegularFile();
        assertThat(Files.readString(timing)).contains("\"per_clip_s\"").contains("\"clip_000\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("memory: peak heap used");
    }

    @Test
    void timingJsonHasTheKitsShape() {
        assertThat(SeparateCommand.timingJson(Map.of("clip_000", 1.5)))
                .startsWith("{\"per_clip_s\": {\"clip_000\": 1.5000}");
        assertThat(SeparateCommand.clips("{\"clips\": [\"a\", \"b\"], \"n\": 2}"))
                .containsExactly("a", "b");
    }
}
