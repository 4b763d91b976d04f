package com.soundforge.analysis.cli;

import com.soundforge.analysis.AnalysisJson;
import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.cli.AnalyzeOptions.BadUsage;
import com.soundforge.analysis.engine.AnalysisEngine;
import com.soundforge.analysis.engine.EngineTrace;
import com.soundforge.audio.AudioDecodeException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code analyze <audio file>... [--json] [--results DIR] [--timing FILE] [--warmup] [--trace]}: runs the analysis
 * engine on each file, one after another in this process, without Spring.
 * <ul>
 *   <li>default: a readable summary per file; {@code --json}: one JSON object per file (one line each);</li>
 *   <li>{@code --results DIR}: {@code DIR/<name>.json} in the evaluation kit's format ({@code bpm}, {@code beats},
 *       {@code key} plus extra fields), where {@code <name>} is the parent folder's name for a file called
 *       {@code mix.wav}, else the file's base name;</li>
 *   <li>{@code --timing FILE}: {@code {"per_clip_s": {...}}} (analysis wall time per file, decoding included);</li>
 *   <li>{@code --warmup}: analyses the first file once before the timed run (JIT warm-up); its time is reported as
 *       {@code warmup_s};</li>
 *   <li>{@code --trace}: the engine's diagnostic lines go to standard error while the command runs.</li>
 * </ul>
 * A file that cannot be analysed gets a one-line error on stderr and the others continue; the exit code is 0 only
 * when every file succeeded (1 otherwise, 2 for bad usage).
 */
public final class AnalyzeCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final AnalysisEngine engine = new AnalysisEngine();

    public AnalyzeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static int main(String[] args) {
        return new AnalyzeCommand(System.out, System.err).run(args);
    }

    public int run(String[] args) {
        AnalyzeOptions options;
        try {
            options = AnalyzeOptions.parse(args);
        } catch (BadUsage e) {
            err.println(e.getMessage());
            return 2;
        }
        if (options.help()) {
            out.println(AnalyzeOptions.USAGE);
            return 0;
        }
        if (options.trace()) {
            EngineTrace.sendTo(err::println);
        }
        try {
            return analyzeAll(options);
        } finally {
            if (options.trace()) {
                EngineTrace.sendTo(null);
            }
        }
    }

    private int analyzeAll(AnalyzeOptions options) {
        if (options.results() != null && !createResultsFolder(options.results())) {
            return 1;
        }
        Double warmupSeconds = options.warmup() ? warmUp(options.files().getFirst()) : null;
        Map<String, Double> perClipSeconds = new LinkedHashMap<>();
        int failures = 0;
        long start = System.nanoTime();
        for (Path file : options.files()) {
            failures += analyzeOne(file, options, perClipSeconds);
        }
        if (options.timing() != null) {
            double totalSeconds = (System.nanoTime() - start) / 1e9;
            failures += writeTiming(options.timing(), TimingReport.of(perClipSeconds, warmupSeconds, totalSeconds));
        }
        return failures == 0 ? 0 : 1;
    }

    private boolean createResultsFolder(Path results) {
        try {
            Files.createDirectories(results);
            return true;
        } catch (IOException e) {
            err.println("analyze: cannot create " + results + ": " + e.getMessage());
            return false;
        }
    }

    /** Analyses the file once and forgets the result (a failure shows on the timed run); returns the seconds. */
    private double warmUp(Path file) {
        long t0 = System.nanoTime();
        try {
            engine.analyze(file, null);
        } catch (AudioDecodeException | RuntimeException e) {
            // reported on the timed run
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Analyses one file and prints and writes its results; returns the number of failures (0 or 1). */
    private int analyzeOne(Path file, AnalyzeOptions options, Map<String, Double> perClipSeconds) {
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
            return 1;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        perClipSeconds.put(name, Decimals.round(seconds, 4));
        if (options.json()) {
            out.println(AnalysisJson.write(ClipReport.of(file, report, seconds)));
        } else {
            out.print(ReportSummary.of(file, report, seconds));
        }
        return options.results() == null
                ? 0
                : writeResult(file, options.results().resolve(name + ".json"), report);
    }

    private int writeResult(Path file, Path target, AnalysisReport report) {
        try {
            Files.writeString(target, AnalysisJson.write(EvalKitResult.of(report)));
            return 0;
        } catch (IOException e) {
            err.println("analyze: cannot write result for " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private int writeTiming(Path timing, TimingReport report) {
        try {
            Path parent = timing.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(timing, AnalysisJson.write(report));
            return 0;
        } catch (IOException e) {
            err.println("analyze: cannot write " + timing + ": " + e.getMessage());
            return 1;
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }

    /** The eval corpus layout: {@code .../clip_000/mix.wav} → {@code clip_000}; else the base name. */
    static String name(Path file) {
        String fileName = file.getFileName().toString();
        Path folder = file.toAbsolutePath().getParent();
        if (fileName.equals("mix.wav") && folder != null && folder.getFileName() != null) {
            return folder.getFileName().toString();
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
