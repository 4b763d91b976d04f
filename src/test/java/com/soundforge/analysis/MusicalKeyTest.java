package com.soundforge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MusicalKeyTest {

    @ParameterizedTest
    @CsvSource({
        "C major, 8B, 1d", "A minor, 8A, 1m", "G major, 9B, 2d", "E minor, 9A, 2m", "D major, 10B, 3d",
        "B minor, 10A, 3m", "A major, 11B, 4d", "F# minor, 11A, 4m", "E major, 12B, 5d", "C# minor, 12A, 5m",
        "B major, 1B, 6d", "Ab minor, 1A, 6m", "F# major, 2B, 7d", "Eb minor, 2A, 7m", "C# major, 3B, 8d",
        "Bb minor, 3A, 8m", "Ab major, 4B, 9d", "F minor, 4A, 9m", "Eb major, 5B, 10d", "C minor, 5A, 10m",
        "Bb major, 6B, 11d", "G minor, 6A, 11m", "F major, 7B, 12d", "D minor, 7A, 12m"
    })
    void everyKeyHasItsCamelotAndOpenKeyName(String name, String camelot, String openKey) {
        MusicalKey key = MusicalKey.parse(name);

        assertThat(key.name()).isEqualTo(name);
        assertThat(key.camelot()).isEqualTo(camelot);
        assertThat(key.openKey()).isEqualTo(openKey);
    }

    @ParameterizedTest
    @CsvSource({"Am, A minor", "a:min, A minor", "Db, C# major", "G# minor, Ab minor", "bb major, Bb major"})
    void commonSpellingsParse(String text, String name) {
        assertThat(MusicalKey.parse(text).name()).isEqualTo(name);
    }
}
