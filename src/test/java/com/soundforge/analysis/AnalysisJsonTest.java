package com.soundforge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.FeatureSeries.FeatureSummary;
import com.soundforge.analysis.Structure.CuePoint;
import com.soundforge.analysis.Structure.LoopSuggestion;
import com.soundforge.analysis.Structure.Section;
import com.soundforge.analysis.Structure.SectionKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    @Test
    void aReportSurvivesStorageWithFeatureValuesRoundedToFourDigits() {
        AnalysisReport report = sample();

        String json = AnalysisJson.write(report);
        AnalysisReport read = AnalysisJson.read(json, AnalysisReport.class);

        assertThat(json)
                .contains("\"engine_version\":3")
                .contains("\"centroid_hz\":[1235,2346]")
                .doesNotContain("1234.5678");
        assertThat(read.tempo().bpm()).isEqualTo(128.0);
        assertThat(read.tempo().beats()).containsExactly(0.5, 0.96875);
        assertThat(read.key()).isEqualTo(new MusicalKey(9, true, 0.8));
        assertThat(read.features().chroma()[0][9]).isEqualTo(0.1235f);
        assertThat(read.features().summaries()).containsEntry("centroid", new FeatureSummary(1790.0, 12.5));
        assertThat(read.loudness().energyDb()).containsExactly(-12.35f, -60f);
    }

    @Test
    void aStructureSurvivesStorage() {
        Structure structure = new Structure(
                List.of(new Section(0, 15, SectionKind.INTRO)),
                List.of(30.0),
                List.of(new CuePoint(0, 0.5, "Intro", "#1e88e5")),
                List.of(new LoopSuggestion(0.5, 8.0, 16)));

        assertThat(AnalysisJson.read(AnalysisJson.write(structure), Structure.class))
                .isEqualTo(structure);
    }

    static AnalysisReport sample() {
        float[][] chroma = new float[2][12];
        chroma[0][9] = 0.123456f;
        FeatureSeries features = new FeatureSeries(
                0.1,
                chroma,
                new float[2][13],
                new float[] {1234.5678f, 2345.6789f},
                new float[2],
                new float[2],
                new float[2],
                new float[2][7],
                new float[2],
                new float[2],
                Map.of("centroid", new FeatureSummary(1790.0, 12.5)));
        return new AnalysisReport(
                3,
                60.0,
                44_100,
                2,
                new Tempo(128.0, 0.9, new double[] {0.5, 0.96875}, new double[] {0.5}, true),
                new MusicalKey(9, true, 0.8),
                new Loudness(-9.1, 5.2, -0.4, -0.5, -12.0, 0.1, new float[] {-12.3456f, -60f}),
                features,
                null);
    }
}
