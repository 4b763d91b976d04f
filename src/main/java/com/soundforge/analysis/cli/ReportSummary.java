package com.soundforge.analysis.cli;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.Loudness;
import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.Structure;
import com.soundforge.analysis.Tempo;
import java.nio.file.Path;
import java.util.Locale;

/** The readable summary {@code analyze} prints per file without {@code --json}. */
final class ReportSummary {

    private ReportSummary() {}

    static String of(Path file, AnalysisReport r, double seconds) {
        StringBuilder b = new StringBuilder();
        b.append(file).append('\n');
        b.append(String.format(
                Locale.ROOT,
                "  duration   %s (%d Hz, %d ch), analysed in %.2f s (%.0fx realtime)%n",
                clock(r.durationSeconds()),
                r.sampleRateHz(),
                r.channels(),
                seconds,
                seconds > 0 ? r.durationSeconds() / seconds : 0));
        b.append(tempo(r.tempo())).append(key(r.key())).append(loudness(r.loudness()));
        if (r.structure() != null) {
            appendStructure(b, r.structure());
        }
        return b.toString();
    }

    private static String tempo(Tempo t) {
        return t == null
                ? "  tempo      could not determine\n"
                : String.format(
                        Locale.ROOT,
                        "  tempo      %.2f BPM (confidence %.2f, %s), %d beats, first downbeat %.3f s%n",
                        t.bpm(),
                        t.confidence(),
                        t.steady() ? "steady" : "varying",
                        t.beats().length,
                        t.downbeats().length > 0 ? t.downbeats()[0] : Double.NaN);
    }

    private static String key(MusicalKey k) {
        return k == null
                ? "  key        could not determine\n"
                : String.format(
                        Locale.ROOT,
                        "  key        %s (Camelot %s, Open Key %s, confidence %.2f)%n",
                        k.name(),
                        k.camelot(),
                        k.openKey(),
                        k.confidence());
    }

    private static String loudness(Loudness l) {
        return l == null
                ? "  loudness   silent\n"
                : String.format(
                        Locale.ROOT,
                        "  loudness   %s LUFS, LRA %s LU, true peak %s dBTP, sample peak %s dBFS, RMS %s dBFS%n",
                        l.integratedLufs(),
                        l.rangeLu(),
                        l.truePeakDbtp(),
                        l.samplePeakDbfs(),
                        l.rmsDbfs());
    }

    private static void appendStructure(StringBuilder b, Structure s) {
        b.append("  sections  ");
        s.sections()
                .forEach(x -> b.append(' ')
                        .append(x.kind().name().toLowerCase(Locale.ROOT))
                        .append(' ')
                        .append(clock(x.start())));
        b.append('\n').append("  cues      ");
        s.cues()
                .forEach(c -> b.append(' ')
                        .append(c.slot() + 1)
                        .append(':')
                        .append(c.label())
                        .append('@')
                        .append(clock(c.time())));
        b.append('\n');
    }

    /** m:ss.mmm */
    private static String clock(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%d:%02d.%03d", ms / 60000, (ms / 1000) % 60, ms % 1000);
    }
}
