package com.soundforge.analysis.cli;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.Loudness;
import com.soundforge.analysis.MusicalKey;
import com.soundforge.analysis.Structure;
import com.soundforge.analysis.Tempo;
import com.soundforge.analysis.engine.AnalysisEngine;
import com.soundforge.analysis.engine.EngineTrace;
import com.soundforge.audio.AudioDecodeException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code analyze <audio file>... [--json] [--results DIR] [--timing FILE] [--warmup]}: runs the analysis engine on
 * each file, one after another in this process, without Spring.
 * <ul>
 *   <li>default: a readable summary per file; {@code --json}: one JSON object per file (one line each);</li>
 *   <li>{@code --results DIR}: {@code DIR/<name>.json} in the evaluation kit's format ({@code bpm}, {@code beats},
 *       {@code key} plus extra fields), where {@code <name>} is the parent folder's name for a file called
 *       {@code mix.wav}, else the file's base name;</li>
 *   <li>{@code --timing FILE}: {@code {"per_clip_s": {...}}} (analysis wall time per file, decoding included);</li>
 *   <li>{@code --warmup}: analyses the first file once before the timed run (JIT warm-up); its time is reported as
 *       {@code warmup_s}.</li>
 * </ul>
 * A file that cannot be analysed gets a one-line error on stderr and the others continue; the exit code is 0 only
 * when every file succeeded (1 otherwise, 2 for bad usage).
 */
public final class AnalyzeCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintStream out;
    private final PrintStream err;

    public AnalyzeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static int main(String[] args) {
        return new AnalyzeCommand(System.out, System.err).run(args);
    }

    public int run(String[] args) {
        List<Path> files = new ArrayList<>();
        boolean json = false;
        boolean warmup = false;
        Path results = null;
        Path timing = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--json" -> json = true;
                case "--warmup" -> warmup = true;
                case "--trace" -> EngineTrace.sendTo(err::println);
                case "--results", "--timing" -> {
                    if (i + 1 >= args.length) {
                        err.println("analyze: " + a + " needs a path");
                        return 2;
                    }
                    Path p = Path.of(args[++i]);
                    if (a.equals("--results")) {
                        results = p;
                    } else {
                        timing = p;
                    }
                }
                case "-h", "--help" -> {
                    out.println(usage());
                    return 0;
                }
                default -> {
                    if (a.startsWith("--")) {
                        err.println("analyze: unknown option " + a);
                        err.println(usage());
                        return 2;
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            err.println(usage());
            return 2;
        }
        try {
            if (results != null) {
                Files.createDirectories(results);
            }
        } catch (IOException e) {
            err.println("analyze: cannot create " + results + ": " + e.getMessage());
            return 1;
        }
        AnalysisEngine engine = new AnalysisEngine();
        double warmupSeconds = -1;
        if (warmup) {
            long t0 = System.nanoTime();
            try {
                engine.analyze(files.get(0), null);
            } catch (AudioDecodeException | RuntimeException e) {
                // reported below, on the timed run
            }
            warmupSeconds = (System.nanoTime() - t0) / 1e9;
        }
        Map<String, Double> perClip = new LinkedHashMap<>();
        int failures = 0;
        long start = System.nanoTime();
        for (Path file : files) {
            String name = name(file);
            long t0 = System.nanoTime();
            AnalysisReport report;
            try {
                if (!Files.isRegularFile(file)) {
                    throw new IOException("no such file");
                }
                report = engine.analyze(file, null);
            } catch (AudioDecodeException | IOException | RuntimeException e) {
                err.println("analyze: " + file + ": " + message(e));
                failures++;
                continue;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            perClip.put(name, Math.round(seconds * 1e4) / 1e4);
            if (json) {
                out.println(JSON.writeValueAsString(fullJson(file, report, seconds)));
            } else {
                out.print(summary(file, report, seconds));
            }
            if (results != null) {
                try {
                    Files.writeString(results.resolve(name + ".json"), JSON.writeValueAsString(evalJson(report)));
                } catch (IOException e) {
                    err.println("analyze: cannot write result for " + file + ": " + e.getMessage());
                    failures++;
                }
            }
        }
        if (timing != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("per_clip_s", perClip);
            t.put("what", "decode + full analysis (loudness, tempo, beats, key, features, structure), one JVM, "
                    + "single-threaded" + (warmup ? ", after one warm-up analysis of the first file" : ", cold"));
            if (warmup) {
                t.put("warmup_s", Math.round(warmupSeconds * 1e4) / 1e4);
            }
            t.put("total_s", Math.round((System.nanoTime() - start) / 1e9 * 1e4) / 1e4);
            t.put("engine_version", AnalysisEngine.VERSION);
            t.put("java", System.getProperty("java.version"));
            try {
                Path parent = timing.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(timing, JSON.writeValueAsString(t));
            } catch (IOException e) {
                err.println("analyze: cannot write " + timing + ": " + e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    static String usage() {
        return "usage: analyze <audio file>... [--json] [--results DIR] [--timing FILE] [--warmup] [--trace]";
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }

    /** The eval corpus layout: {@code .../clip_000/mix.wav} → {@code clip_000}; else the base name. */
    static String name(Path file) {
        String fileName = file.getFileName().toString();
        if (fileName.equals("mix.wav") && file.toAbsolutePath().getParent() != null
                && file.toAbsolutePath().getParent().getFileName() != null) {
            return file.toAbsolutePath().getParent().getFileName().toString();
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static Map<String, Object> evalJson(AnalysisReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Tempo t = r.tempo();
        MusicalKey k = r.key();
        if (t != null) {
            m.put("bpm", t.bpm());
            m.put("beats", t.beats());
        }
        if (k != null) {
            m.put("key", k.name());
        }
        if (t != null) {
            m.put("downbeats", t.downbeats());
            m.put("tempo_confidence", t.confidence());
            m.put("steady", t.steady());
        }
        if (k != null) {
            m.put("key_confidence", k.confidence());
            m.put("camelot", k.camelot());
            m.put("open_key", k.openKey());
        }
        Loudness l = r.loudness();
        if (l != null) {
            m.put("integrated_lufs", l.integratedLufs());
            m.put("lra_lu", l.rangeLu());
            m.put("true_peak_dbtp", l.truePeakDbtp());
        }
        m.put("duration_s", round(r.durationSeconds(), 3));
        m.put("engine_version", r.engineVersion());
        return m;
    }

    static Map<String, Object> fullJson(Path file, AnalysisReport r, double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("duration_s", round(r.durationSeconds(), 3));
        m.put("sample_rate_hz", r.sampleRateHz());
        m.put("channels", r.channels());
        Tempo t = r.tempo();
        if (t != null) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("bpm", t.bpm());
            tm.put("confidence", t.confidence());
            tm.put("steady", t.steady());
            tm.put("beats", t.beats());
            tm.put("downbeats", t.downbeats());
            m.put("tempo", tm);
        } else {
            m.put("tempo", null);
        }
        MusicalKey k = r.key();
        if (k != null) {
            Map<String, Object> km = new LinkedHashMap<>();
            km.put("name", k.name());
            km.put("camelot", k.camelot());
            km.put("open_key", k.openKey());
            km.put("confidence", k.confidence());
            m.put("key", km);
        } else {
            m.put("key", null);
        }
        Loudness l = r.loudness();
        if (l != null) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("integrated_lufs", l.integratedLufs());
            lm.put("lra_lu", l.rangeLu());
            lm.put("true_peak_dbtp", l.truePeakDbtp());
            lm.put("sample_peak_dbfs", l.samplePeakDbfs());
            lm.put("rms_dbfs", l.rmsDbfs());
            m.put("loudness", lm);
        } else {
            m.put("loudness", null);
        }
        Structure s = r.structure();
        if (s != null) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("sections", s.sections().stream().map(x -> Map.of("start", x.start(), "end", x.end(),
                    "kind", x.kind().name().toLowerCase(Locale.ROOT))).toList());
            sm.put("drops", s.drops());
            sm.put("cues", s.cues().stream().map(c -> Map.of("slot", c.slot(), "time", c.time(), "label", c.label(),
                    "color", c.color())).toList());
            sm.put("loops", s.loops().stream().map(x -> Map.of("start", x.start(), "end", x.end(), "beats",
                    x.beats())).toList());
            m.put("structure", sm);
        }
        m.put("engine_version", r.engineVersion());
        m.put("analysis_s", round(seconds, 4));
        return m;
    }

    static String summary(Path file, AnalysisReport r, double seconds) {
        StringBuilder b = new StringBuilder();
        b.append(file).append('\n');
        b.append(String.format(Locale.ROOT, "  duration   %s (%d Hz, %d ch), analysed in %.2f s (%.0fx realtime)%n",
                clock(r.durationSeconds()), r.sampleRateHz(), r.channels(), seconds,
                seconds > 0 ? r.durationSeconds() / seconds : 0));
        Tempo t = r.tempo();
        b.append(t == null ? "  tempo      could not determine\n"
                : String.format(Locale.ROOT, "  tempo      %.2f BPM (confidence %.2f, %s), %d beats, first downbeat %.3f s%n",
                        t.bpm(), t.confidence(), t.steady() ? "steady" : "varying", t.beats().length,
                        t.downbeats().length > 0 ? t.downbeats()[0] : Double.NaN));
        MusicalKey k = r.key();
        b.append(k == null ? "  key        could not determine\n"
                : String.format(Locale.ROOT, "  key        %s (Camelot %s, Open Key %s, confidence %.2f)%n", k.name(),
                        k.camelot(), k.openKey(), k.confidence()));
        Loudness l = r.loudness();
        b.append(l == null ? "  loudness   silent\n"
                : String.format(Locale.ROOT, "  loudness   %s LUFS, LRA %s LU, true peak %s dBTP, sample peak %s dBFS, RMS %s dBFS%n",
                        l.integratedLufs(), l.rangeLu(), l.truePeakDbtp(), l.samplePeakDbfs(), l.rmsDbfs()));
        Structure s = r.structure();
        if (s != null) {
            b.append("  sections  ");
            s.sections().forEach(x -> b.append(' ').append(x.kind().name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(clock(x.start())));
            b.append('\n').append("  cues      ");
            s.cues().forEach(c -> b.append(' ').append(c.slot() + 1).append(':').append(c.label()).append('@')
                    .append(clock(c.time())));
            b.append('\n');
        }
        return b.toString();
    }

    private static String clock(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%d:%02d.%03d", ms / 60000, (ms / 1000) % 60, ms % 1000);
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
