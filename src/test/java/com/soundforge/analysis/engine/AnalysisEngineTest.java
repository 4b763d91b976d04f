package com.soundforge.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.audio.AudioDecodeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisEngineTest {

    private final AnalysisEngine engine = new AnalysisEngine();

    private AnalysisReport analyze(int rate, int channels, double seconds, Synth.Signal signal)
            throws AudioDecodeException {
        return engine.analyze(Synth.stream(rate, channels, Math.round(seconds * rate), signal), null);
    }

    @Test
    void analysesAWavFileCompletelyAndReportsProgress(@TempDir Path dir) throws Exception {
        Path file =
                Synth.wav(dir.resolve("groove.wav"), 44100, 2, 20L * 44100, new Synth.Groove(44100, 120, 0.25, false));
        List<Double> progress = new ArrayList<>();
        AnalysisReport r = engine.analyze(file, progress::add);
        assertThat(r.engineVersion()).isEqualTo(AnalysisEngine.VERSION);
        assertThat(r.durationSeconds()).isCloseTo(20.0, within(1e-6));
        assertThat(r.tempo().bpm()).isCloseTo(120, within(0.05));
        assertThat(r.loudness().integratedLufs()).isNotNull();
        assertThat(r.features().hopSeconds()).isEqualTo(0.1);
        assertThat(r.features().mfcc()).hasNumberOfRows(200);
        assertThat(r.features().mfcc()[100]).hasSize(13);
        assertThat(r.features().chroma()[100]).hasSize(12);
        assertThat(r.features().contrast()[100]).hasSize(7);
        assertThat(r.features().centroidHz()[100]).isBetween(20f, 11025f);
        assertThat(r.features().summaries())
                .containsKeys(
                        "centroid",
                        "rolloff",
                        "bandwidth",
                        "flatness",
                        "zcr",
                        "onset",
                        "energy",
                        "mfcc1",
                        "mfcc13",
                        "chroma_C",
                        "chroma_B",
                        "contrast1",
                        "contrast7");
        assertThat(r.structure().cues()).isNotEmpty();
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void givesNoTempoKeyOrLoudnessForSilence() throws Exception {
        AnalysisReport r = analyze(44100, 2, 20, Synth.silence());
        assertThat(r.tempo()).isNull();
        assertThat(r.key()).isNull();
        assertThat(r.loudness()).isNull();
        assertThat(r.structure()).isNotNull();
    }

    @Test
    void givesNoTempoOrKeyForWhiteNoiseButMeasuresItsLoudness() throws Exception {
        AnalysisReport r = analyze(44100, 2, 20, Synth.whiteNoise(0.25, 3));
        assertThat(r.tempo()).isNull();
        assertThat(r.key()).isNull();
        assertThat(r.loudness().integratedLufs()).isBetween(-20.0, -5.0);
    }

    @Test
    void copesWithAOneSecondFile() throws Exception {
        AnalysisReport r = analyze(44100, 2, 1, new Synth.Groove(44100, 120, 0.1, false));
        assertThat(r.durationSeconds()).isCloseTo(1.0, within(1e-6));
        assertThat(r.tempo()).isNull();
        assertThat(r.loudness().integratedLufs()).isNotNull();
        assertThat(r.loudness().rangeLu()).isNull();
        assertThat(r.features().mfcc()).hasNumberOfRows(10);
    }

    @Test
    void copesWithAnEmptyStream() throws Exception {
        AnalysisReport r = analyze(44100, 2, 0, Synth.silence());
        assertThat(r.durationSeconds()).isZero();
        assertThat(r.tempo()).isNull();
        assertThat(r.loudness()).isNull();
    }

    @Test
    void analysesMonoSixChannelsAndLowAndHighSampleRates() throws Exception {
        int[][] formats = {{44100, 1}, {48000, 6}, {8000, 1}, {192000, 2}, {22050, 2}};
        for (int[] format : formats) {
            int rate = format[0];
            Synth.Groove groove = new Synth.Groove(rate, 124, 0.3, false);
            AnalysisReport r = analyze(rate, format[1], 20, groove);
            assertThat(r.sampleRateHz()).isEqualTo(rate);
            assertThat(r.channels()).isEqualTo(format[1]);
            assertThat(r.tempo()).as("tempo at %d Hz, %d ch", rate, format[1]).isNotNull();
            assertThat(r.tempo().bpm()).as("bpm at %d Hz", rate).isCloseTo(124, within(0.1));
            assertThat(r.loudness().integratedLufs()).isNotNull();
        }
    }

    @Test
    void analysesATwoHourStreamInBoundedMemory() throws Exception {
        // A JVM with a 160 MB heap: the stream's samples alone would take 230 MB, so only streaming passes.
        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx160m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        TwoHourProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(probe.waitFor()).as(output).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "duration=([0-9.]+) bpm=([0-9.]+) mfccFrames=(\\d+) energyFrames=(\\d+)")
                .matcher(output);
        assertThat(m.find()).as(output).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(7200, within(1e-6));
        assertThat(Double.parseDouble(m.group(2))).isCloseTo(126, within(0.05));
        assertThat(Integer.parseInt(m.group(3))).isBetween(2999, 3001);
        assertThat(Integer.parseInt(m.group(4))).isBetween(2999, 3001);
    }
}
