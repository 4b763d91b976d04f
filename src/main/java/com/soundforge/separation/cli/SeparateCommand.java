package com.soundforge.separation.cli;

import com.soundforge.separation.SeparatedStem;
import com.soundforge.separation.SeparationException;
import com.soundforge.separation.SfaSeparationEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code separate} command.
 *
 * <pre>
 * separate &lt;audio file&gt; &lt;output folder&gt; [--stems 4|2] [--report-memory]
 * separate --corpus &lt;corpus dir&gt; &lt;results dir&gt; [--stems 4|2] [--timing FILE] [--report-memory]
 * </pre>
 *
 * Exit codes: 0 done, 1 the audio could not be separated (bad file), 2 bad usage, 3 the output folder cannot be
 * written.
 */
public final class SeparateCommand {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int UNWRITABLE = 3;
    static final String USAGE_TEXT = """
            usage: separate <audio file> <output folder> [--stems 4|2] [--report-memory]
                   separate --corpus <corpus dir> <results dir> [--stems 4|2] [--timing FILE] [--report-memory]""";

    private final PrintStream out;
    private final PrintStream err;

    SeparateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command with the arguments after {@code separate}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new SeparateCommand(out, err).execute(args);
    }

    int execute(String[] args) {
        List<String> positional = new ArrayList<>();
        int stems = 4;
        boolean corpus = false;
        boolean reportMemory = false;
        Path timing = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--stems" -> stems = Integer.parseInt(value(args, ++i, "--stems"));
                    case "--corpus" -> corpus = true;
                    case "--timing" -> timing = Path.of(value(args, ++i, "--timing"));
                    case "--report-memory" -> reportMemory = true;
                    case "-h", "--help" -> {
                        out.println(USAGE_TEXT);
                        return OK;
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("Unknown option " + args[i]);
                        }
                        positional.add(args[i]);
                    }
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("Expected two paths, got " + positional.size());
            }
            if (stems != 4 && stems != 2) {
                throw new IllegalArgumentException("--stems must be 4 or 2");
            }
        } catch (IllegalArgumentException e) {
            err.println("separate: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        MemoryReport memory = reportMemory ? MemoryReport.start() : null;
        try {
            SfaSeparationEngine engine = SfaSeparationEngine.withAllCores();
            Path input = Path.of(positional.get(0));
            Path output = Path.of(positional.get(1));
            int code = corpus ? corpus(engine, input, output, stems, timing) : single(engine, input, output, stems);
            return code;
        } finally {
            if (memory != null) {
                err.println(memory.stop());
            }
        }
    }

    private int single(SfaSeparationEngine engine, Path input, Path output, int stems) {
        if (!Files.isRegularFile(input)) {
            err.println("separate: no such file: " + input);
            return BAD_INPUT;
        }
        if (!writable(output)) {
            return UNWRITABLE;
        }
        long started = System.nanoTime();
        int[] lastPercent = {-1};
        try {
            List<SeparatedStem> result = engine.separate(input, output, stems, null, fraction -> {
                int percent = (int) (fraction * 100);
                if (percent != lastPercent[0] && percent % 5 == 0) {
                    lastPercent[0] = percent;
                    err.println("separating " + percent + " %");
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            SeparatedStem first = result.getFirst();
            double audioSeconds = (double) first.frames() / first.sampleRateHz();
            for (SeparatedStem stem : result) {
                out.println(stem.file());
            }
            err.printf(
                    Locale.ROOT,
                    "separated %.1f s of audio in %.2f s (%.1fx real time)%n",
                    audioSeconds,
                    seconds,
                    audioSeconds / Math.max(seconds, 1e-9));
            return OK;
        } catch (SeparationException e) {
            err.println("separate: " + input + ": " + e.getMessage());
            return e.permanent() ? BAD_INPUT : UNWRITABLE;
        }
    }

    private int corpus(SfaSeparationEngine engine, Path corpus, Path results, int stems, Path timing) {
        List<String> clips;
        try {
            clips = clips(Files.readString(corpus.resolve("index.json")));
        } catch (IOException e) {
            err.println("separate: cannot read " + corpus.resolve("index.json") + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (!writable(results)) {
            return UNWRITABLE;
        }
        Map<String, Double> perClip = new LinkedHashMap<>();
        int failures = 0;
        for (String clip : clips) {
            long started = System.nanoTime();
            try {
                engine.separate(corpus.resolve(clip).resolve("mix.wav"), results.resolve(clip), stems, null, f -> {});
            } catch (SeparationException e) {
                err.println("separate: " + clip + ": " + e.getMessage());
                failures++;
                continue;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            perClip.put(clip, seconds);
            err.printf(Locale.ROOT, "%s %.2fs%n", clip, seconds);
        }
        if (timing != null) {
            try {
                Files.writeString(timing, timingJson(perClip));
            } catch (IOException e) {
                err.println("separate: cannot write " + timing + ": " + e.getMessage());
                return UNWRITABLE;
            }
        }
        return failures == 0 ? OK : BAD_INPUT;
    }

    private boolean writable(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            err.println("separate: cannot write to " + folder + " (" + e.getMessage() + ")");
            return false;
        }
    }

    static List<String> clips(String indexJson) {
        Matcher array = Pattern.compile("\"clips\"\\s*:\\s*\\[([^\\]]*)]").matcher(indexJson);
        if (!array.find()) {
            throw new IllegalArgumentException("index.json has no \"clips\" list");
        }
        List<String> names = new ArrayList<>();
        Matcher name = Pattern.compile("\"([^\"]+)\"").matcher(array.group(1));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    static String timingJson(Map<String, Double> perClip) {
        StringBuilder json = new StringBuilder("{\"per_clip_s\": {");
        String separator = "";
        for (Map.Entry<String, Double> entry : perClip.entrySet()) {
            json.append(separator)
                    .append('"')
                    .append(entry.getKey())
                    .append("\": ")
                    .append(String.format(Locale.ROOT, "%.4f", entry.getValue()));
            separator = ", ";
        }
        return json.append("}, \"what\": \"sfa: decode mix + separate + write stems (24-bit WAV), one JVM, ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" threads\"}\n")
                .toString();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
