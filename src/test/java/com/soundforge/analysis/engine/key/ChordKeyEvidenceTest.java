package com.soundforge.analysis.engine.key;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChordKeyEvidenceTest {

    @Test
    void chordEvidenceFavoursTheKeyWhoseTonicTriadIsHeard() {
        double[] c = new double[12];
        double[] bass = new double[12];
        double[] chords = new double[24];
        c[9] = 1;
        c[0] = 1;
        c[4] = 1;
        bass[9] = 1; // A minor triad over A
        ChordKeyEvidence.assignChords(c, bass, chords);
        assertThat(chords[12 + 9]).isGreaterThan(0.9);
        assertThat(ChordKeyEvidence.chordGivenKey(12 + 9, 12 + 9))
                .isGreaterThan(ChordKeyEvidence.chordGivenKey(12 + 9, 0));
    }
}
