package com.soundforge.analysis.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.Loudness;
import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.Structure;
import com.soundforge.analysis.Structure.CuePoint;
import com.soundforge.analysis.Structure.LoopSuggestion;
import com.soundforge.analysis.Tempo;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One file's line of {@code analyze --json}: everything the engine found except the feature series. A part the
 * engine could not determine is {@code null}; {@code structure} is left out when there is none.
 */
record ClipReport(
        String file,
        double durationS,
        int sampleRateHz,
        int channels,
        TempoPart tempo,
        KeyPart key,
        LoudnessPart loudness,
        @JsonInclude(JsonInclude.Include.NON_NULL) StructurePart structure,
        int engineVersion,
        double analysisS) {

    record TempoPart(double bpm, double confidence, boolean steady, double[] beats, double[] downbeats) {}

    record KeyPart(String name, String camelot, String openKey, double confidence) {}

    record LoudnessPart(
            Double integratedLufs, Double lraLu, Double truePeakDbtp, Double samplePeakDbfs, Double rmsDbfs) {}

    record StructurePart(
            List<SectionPart> sections, List<Double> drops, List<CuePoint> cues, List<LoopSuggestion> loops) {}

    /** A section with its kind in lower case ("intro"). */
    record SectionPart(double start, double end, String kind) {}

    static ClipReport of(Path file, AnalysisReport r, double seconds) {
        return new ClipReport(
                file.toString(),
                Decimals.round(r.durationSeconds(), 3),
                r.sampleRateHz(),
                r.channels(),
                tempo(r.tempo()),
                key(r.key()),
                loudness(r.loudness()),
                structure(r.structure()),
                r.engineVersion(),
                Decimals.round(seconds, 4));
    }

    private static TempoPart tempo(Tempo t) {
        return t == null ? null : new TempoPart(t.bpm(), t.confidence(), t.steady(), t.beats(), t.downbeats());
    }

    private static KeyPart key(MusicalKey k) {
        return k == null ? null : new KeyPart(k.name(), k.camelot(), k.openKey(), k.confidence());
    }

    private static LoudnessPart loudness(Loudness l) {
        return l == null
                ? null
                : new LoudnessPart(l.integratedLufs(), l.rangeLu(), l.truePeakDbtp(), l.samplePeakDbfs(), l.rmsDbfs());
    }

    private static StructurePart structure(Structure s) {
        if (s == null) {
            return null;
        }
        List<SectionPart> sections = s.sections().stream()
                .map(x -> new SectionPart(x.start(), x.end(), x.kind().name().toLowerCase(Locale.ROOT)))
                .toList();
        return new StructurePart(sections, s.drops(), s.cues(), s.loops());
    }
}
