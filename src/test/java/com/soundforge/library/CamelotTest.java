package com.soundforge.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CamelotTest {

    @Test
    void aKeyMixesWithItsNeighboursOnTheWheelAndItsRelativeKey() {
        assertThat(Camelot.compatibleWith("8A")).containsExactlyInAnyOrder("8A", "7A", "9A", "8B");
    }

    @Test
    void theWheelWrapsAroundBetweenTwelveAndOne() {
        assertThat(Camelot.compatibleWith("12b")).containsExactlyInAnyOrder("12B", "11B", "1B", "12A");
        assertThat(Camelot.compatibleWith("1A")).containsExactlyInAnyOrder("1A", "12A", "2A", "1B");
    }

    @Test
    void somethingThatIsNotACamelotKeyIsRefused() {
        for (String bad : new String[] {"0A", "13B", "8C", "A8", "", "8"}) {
            assertThatThrownBy(() -> Camelot.normalise(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
