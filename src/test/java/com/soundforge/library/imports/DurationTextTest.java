package com.soundforge.library.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void lengthsReadLikeTheSettings() {
        assertThat(DurationText.of(36_000_000)).isEqualTo("10 h");
        assertThat(DurationText.of(5_400_000)).isEqualTo("1 h 30 min");
        assertThat(DurationText.of(40_000)).isEqualTo("40 s");
    }
}
