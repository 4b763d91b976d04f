package com.soundforge.separation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.separation.Stem;
import com.soundforge.separation.StemType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class StemMixerTest {

    private static final UUID TRACK = UUID.fromString("6f1c2d3e-0000-4000-8000-000000000001");

    @Test
    void theStemsGoToTheBrowserAsAJsonArrayOfPlayAndDownloadAddresses() {
        StemMixer mixer = new StemMixer();
        mixer.setStems(TRACK, List.of(stem(StemType.VOCALS), stem(StemType.DRUMS)));

        List<Map<String, String>> stems = JsonMapper.builder()
                .build()
                .readValue(mixer.getElement().getProperty("stems"), new TypeReference<>() {});

        assertThat(stems)
                .containsExactly(
                        Map.of(
                                "stem",
                                "vocals",
                                "label",
                                "Vocals",
                                "url",
                                "/media/tracks/" + TRACK + "/stems/vocals",
                                "download",
                                "/api/v1/tracks/" + TRACK + "/stems/vocals"),
                        Map.of(
                                "stem",
                                "drums",
                                "label",
                                "Drums",
                                "url",
                                "/media/tracks/" + TRACK + "/stems/drums",
                                "download",
                                "/api/v1/tracks/" + TRACK + "/stems/drums"));
        assertThat(mixer.getElement().getProperty("zip")).isEqualTo("/api/v1/tracks/" + TRACK + "/stems.zip");
    }

    @Test
    void withoutStemsTheBrowserGetsAnEmptyListAndNoZip() {
        StemMixer mixer = new StemMixer();

        assertThat(mixer.getElement().getProperty("stems")).isEqualTo("[]");
        assertThat(mixer.getElement().getProperty("zip")).isEmpty();
    }

    private static Stem stem(StemType type) {
        return new Stem(TRACK, type, "sfa", "model", 44_100, 44_100, 1_000, Instant.EPOCH);
    }
}
