package com.soundforge.analysis.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.Loudness;
import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.Tempo;
import java.util.Optional;

/**
 * One clip's {@code --results} file in the evaluation kit's format: {@code bpm}, {@code beats} and {@code key}
 * first, then extra fields. The fields of a part the engine could not determine (tempo, key, loudness) are left
 * out; a loudness value that is undefined although loudness was measured (too short to gate) is written as
 * {@code null}, hence {@link Optional} there: a null field is omitted, an empty one written as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvalKitResult(
        Double bpm,
        double[] beats,
        String key,
        double[] downbeats,
        Double tempoConfidence,
        Boolean steady,
        Double keyConfidence,
        String camelot,
        String openKey,
        Optional<Double> integratedLufs,
        Optional<Double> lraLu,
        Optional<Double> truePeakDbtp,
        double durationS,
        int engineVersion) {

    static EvalKitResult of(AnalysisReport r) {
        Tempo t = r.tempo();
        MusicalKey k = r.key();
        Loudness l = r.loudness();
        return new EvalKitResult(
                t == null ? null : t.bpm(),
                t == null ? null : t.beats(),
                k == null ? null : k.name(),
                t == null ? null : t.downbeats(),
                t == null ? null : t.confidence(),
                t == null ? null : t.steady(),
                k == null ? null : k.confidence(),
                k == null ? null : k.camelot(),
                k == null ? null : k.openKey(),
                l == null ? null : Optional.ofNullable(l.integratedLufs()),
                l == null ? null : Optional.ofNullable(l.rangeLu()),
                l == null ? null : Optional.ofNullable(l.truePeakDbtp()),
                Decimals.round(r.durationSeconds(), 3),
                r.engineVersion());
    }
}
