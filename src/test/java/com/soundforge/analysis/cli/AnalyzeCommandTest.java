package com.soundforge.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.engine.EngineTrace;
import com.soundforge.audio.WavWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AnalyzeCommand command = new AnalyzeCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    /** 12 s of clicks at 120 BPM with a 440 Hz tone. */
    private static Path clicks(Path file) throws IOException {
        int rate = 22050;
        try (WavWriter w = new WavWriter(file, rate, 2)) {
            float[][] block = new float[2][rate];
            for (int second = 0; second < 12; second++) {
                for (int i = 0; i < rate; i++) {
                    double t = second + i / (double) rate;
                    double since = t % 0.5;
                    double v = 0.5 * Math.exp(-since * 30) * Math.sin(2 * Math.PI * 80 * since)
                            + 0.1 * Math.sin(2 * Math.PI * 440 * t);
                    block[0][i] = (float) v;
                    block[1][i] = (float) v;
                }
                w.write(block, rate);
            }
        }
        return file;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsAReadableSummary(@TempDir Path dir) throws Exception {
        Path file = clicks(dir.resolve("song.wav"));
        assertThat(command.run(new String[] {file.toString()})).isZero();
        assertThat(out()).contains("song.wav", "BPM", "LUFS", "Camelot", "cues");
    }

    @Test
    void printsOneJsonObjectPerFile(@TempDir Path dir) throws Exception {
        Path a = clicks(dir.resolve("a.wav"));
        Path b = clicks(dir.resolve("b.wav"));
        assertThat(command.run(new String[] {a.toString(), b.toString(), "--json"}))
                .isZero();
        String[] lines = out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode json = JsonMapper.builder().build().readTree(lines[0]);
        assertThat(json.get("tempo").get("bpm").asDouble()).isBetween(119.9, 120.1);
        assertThat(json.get("loudness").get("integrated_lufs").isNumber()).isTrue();
        assertThat(json.get("structure").get("cues").isArray()).isTrue();
    }

    @Test
    void writesEvalKitResultsNamedAfterTheClipFolderAndTimings(@TempDir Path dir) throws Exception {
        Path clip = Files.createDirectories(dir.resolve("corpus/clip_007"));
        Path mix = clicks(clip.resolve("mix.wav"));
        Path other = clicks(dir.resolve("track one.wav"));
        Path results = dir.resolve("results");
        Path timing = results.resolve("timing.json");
        int code = command.run(new String[] {
            mix.toString(), other.toString(), "--results", results.toString(), "--timing", timing.toString()
        });
        assertThat(code).isZero();
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode result = mapper.readTree(results.resolve("clip_007.json").toFile());
        assertThat(result.get("bpm").asDouble()).isBetween(119.9, 120.1);
        assertThat(result.get("beats").isArray()).isTrue();
        assertThat(result.get("beats").size()).isGreaterThan(20);
        assertThat(results.resolve("track one.json")).exists();
        JsonNode times = mapper.readTree(timing.toFile()).get("per_clip_s");
        assertThat(times.has("clip_007")).isTrue();
        assertThat(times.has("track one")).isTrue();
    }

    @Test
    void reportsBadAndMissingFilesOnOneLineEachAndContinues(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.wav"), "this is not audio at all, just text");
        Path good = clicks(dir.resolve("good.wav"));
        Path missing = dir.resolve("missing.mp3");
        int code = command.run(new String[] {text.toString(), missing.toString(), good.toString()});
        assertThat(code).isEqualTo(1);
        String[] errors = err().strip().split("\n");
        assertThat(errors).hasSize(2);
        assertThat(errors[0]).startsWith("analyze: ").contains("notes.wav");
        assertThat(errors[1]).contains("missing.mp3", "no such file");
        assertThat(out()).contains("good.wav");
    }

    @Test
    void switchesEngineTracingOffAgainWhenItReturns(@TempDir Path dir) throws Exception {
        Path file = clicks(dir.resolve("song.wav"));
        assertThat(command.run(new String[] {file.toString(), "--trace"})).isZero();
        assertThat(EngineTrace.enabled()).isFalse();
        assertThat(command.run(new String[] {"--trace", "--frobnicate"})).isEqualTo(2);
        assertThat(EngineTrace.enabled()).isFalse();
    }

    @Test
    void printsTheUsageOnHelp() {
        assertThat(command.run(new String[] {"--help", "--frobnicate"})).isZero();
        assertThat(out()).startsWith("usage: analyze");
        assertThat(command.run(new String[] {"x.wav", "--results"})).isEqualTo(2);
        assertThat(err()).contains("analyze: --results needs a path");
    }

    @Test
    void rejectsUnknownOptionsAndNoFiles() {
        assertThat(command.run(new String[] {})).isEqualTo(2);
        assertThat(command.run(new String[] {"--frobnicate", "x.wav"})).isEqualTo(2);
        assertThat(err()).contains("usage: analyze");
    }
}
