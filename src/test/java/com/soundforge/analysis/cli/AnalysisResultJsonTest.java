package com.soundforge.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.AnalysisJson;
import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.Loudness;
import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.Structure;
import com.soundforge.analysis.Structure.CuePoint;
import com.soundforge.analysis.Structure.LoopSuggestion;
import com.soundforge.analysis.Structure.Section;
import com.soundforge.analysis.Structure.SectionKind;
import com.soundforge.analysis.Tempo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact JSON the bench scripts and the evaluation kit read from {@code analyze}. */
class AnalysisResultJsonTest {

    private static final Tempo TEMPO = new Tempo(128.0, 0.9, new double[] {0.5, 0.96875}, new double[] {0.5}, true);
    private static final MusicalKey A_MINOR = new MusicalKey(9, true, 0.8);
    private static final Loudness LOUDNESS = new Loudness(-9.5, 4.25, -0.5, -1.0, -12.0, 0.1, new float[] {-12f});

    private static AnalysisReport report(Tempo tempo, MusicalKey key, Loudness loudness, Structure structure) {
        return new AnalysisReport(3, 1.23456, 44100, 2, tempo, key, loudness, null, structure);
    }

    @Test
    void anEvalKitResultStartsWithBpmBeatsAndKey() {
        String json = AnalysisJson.write(EvalKitResult.of(report(TEMPO, A_MINOR, LOUDNESS, null)));

        assertThat(json)
                .isEqualTo("{\"bpm\":128.0,\"beats\":[0.5,0.96875],\"key\":\"A minor\",\"downbeats\":[0.5],"
                        + "\"tempo_confidence\":0.9,\"steady\":true,\"key_confidence\":0.8,\"camelot\":\"8A\","
                        + "\"open_key\":\"1m\",\"integrated_lufs\":-9.5,\"lra_lu\":4.25,\"true_peak_dbtp\":-0.5,"
                        + "\"duration_s\":1.235,\"engine_version\":3}");
    }

    @Test
    void anEvalKitResultLeavesOutWhatWasNotFoundAndWritesUndefinedLoudnessAsNull() {
        Loudness ungated = new Loudness(null, null, -3.0, -3.0, -20.0, 0.1, new float[0]);

        assertThat(AnalysisJson.write(EvalKitResult.of(report(null, null, ungated, null))))
                .isEqualTo("{\"integrated_lufs\":null,\"lra_lu\":null,\"true_peak_dbtp\":-3.0,\"duration_s\":1.235,"
                        + "\"engine_version\":3}");
        assertThat(AnalysisJson.write(EvalKitResult.of(report(null, null, null, null))))
                .isEqualTo("{\"duration_s\":1.235,\"engine_version\":3}");
    }

    @Test
    void aClipReportNamesMissingPartsAsNullAndLeavesOutAMissingStructure() {
        String json = AnalysisJson.write(ClipReport.of(Path.of("a.wav"), report(null, null, null, null), 0.123456));

        assertThat(json)
                .isEqualTo("{\"file\":\"a.wav\",\"duration_s\":1.235,\"sample_rate_hz\":44100,"
                        + "\"channels\":2,\"tempo\":null,\"key\":null,\"loudness\":null,\"engine_version\":3,"
                        + "\"analysis_s\":0.1235}");
    }

    @Test
    void aClipReportCarriesEveryPartWithSectionKindsInLowerCase() {
        Structure structure = new Structure(
                List.of(new Section(0, 15, SectionKind.INTRO)),
                List.of(30.0),
                List.of(new CuePoint(0, 0.5, "Intro", "#1e88e5")),
                List.of(new LoopSuggestion(0.5, 8.0, 16)));

        String json =
                AnalysisJson.write(ClipReport.of(Path.of("a.wav"), report(TEMPO, A_MINOR, LOUDNESS, structure), 1));

        assertThat(json)
                .contains(
                        "\"tempo\":{\"bpm\":128.0,\"confidence\":0.9,\"steady\":true,"
                                + "\"beats\":[0.5,0.96875],\"downbeats\":[0.5]},\"key\":{\"name\":\"A minor\",\"camelot\":\"8A\","
                                + "\"open_key\":\"1m\",\"confidence\":0.8},\"loudness\":{\"integrated_lufs\":-9.5,\"lra_lu\":4.25,"
                                + "\"true_peak_dbtp\":-0.5,\"sample_peak_dbfs\":-1.0,\"rms_dbfs\":-12.0},\"structure\":{"
                                + "\"sections\":[{\"start\":0.0,\"end\":15.0,\"kind\":\"intro\"}],\"drops\":[30.0],"
                                + "\"cues\":[{\"slot\":0,\"time\":0.5,\"label\":\"Intro\",\"color\":\"#1e88e5\"}],"
                                + "\"loops\":[{\"start\":0.5,\"end\":8.0,\"beats\":16}]},\"engine_version\":3,\"analysis_s\":1.0}");
    }

    @Test
    void timingsKeepClipNamesAsGivenAndMentionTheWarmUpOnlyWhenThereWasOne() {
        Map<String, Double> perClip = new LinkedHashMap<>();
        perClip.put("track one", 0.5);
        perClip.put("clip_007", 0.25);

        String cold = AnalysisJson.write(TimingReport.of(perClip, null, 0.812345));
        String warm = AnalysisJson.write(TimingReport.of(perClip, 1.234567, 0.8));

        assertThat(cold)
                .startsWith("{\"per_clip_s\":{\"track one\":0.5,\"clip_007\":0.25},\"what\":")
                .contains("single-threaded, cold\",\"total_s\":0.8123,\"engine_version\":")
                .doesNotContain("warmup_s");
        assertThat(warm).contains("warm-up analysis of the first file\",\"warmup_s\":1.2346,\"total_s\":0.8,");
    }
}
