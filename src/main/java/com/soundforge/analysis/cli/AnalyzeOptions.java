package com.soundforge.analysis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code analyze} command's arguments.
 *
 * @param help    {@code -h}/{@code --help} came before any mistake: print the usage and stop
 * @param results {@code --results DIR}, or null
 * @param timing  {@code --timing FILE}, or null
 */
record AnalyzeOptions(
        List<Path> files, boolean json, boolean warmup, boolean trace, boolean help, Path results, Path timing) {

    static final String USAGE =
            "usage: analyze <audio file>... [--json] [--results DIR] [--timing FILE] [--warmup] [--trace]";

    /** A mistake in the arguments: what to print on standard error; the command then exits with 2. */
    static final class BadUsage extends Exception {

        BadUsage(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads the arguments left to right; the first {@code --help} or mistake decides. */
    static AnalyzeOptions parse(String[] args) throws BadUsage {
        List<Path> files = new ArrayList<>();
        boolean json = false;
        boolean warmup = false;
        boolean trace = false;
        Path results = null;
        Path timing = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--json" -> json = true;
                case "--warmup" -> warmup = true;
                case "--trace" -> trace = true;
                case "--results" -> results = pathAfter(args, i++);
                case "--timing" -> timing = pathAfter(args, i++);
                case "-h", "--help" -> {
                    return new AnalyzeOptions(List.copyOf(files), json, warmup, trace, true, results, timing);
                }
                default -> files.add(fileOrUnknownOption(arg));
            }
        }
        if (files.isEmpty()) {
            throw new BadUsage(USAGE);
        }
        return new AnalyzeOptions(List.copyOf(files), json, warmup, trace, false, results, timing);
    }

    private static Path pathAfter(String[] args, int option) throws BadUsage {
        if (option + 1 >= args.length) {
            throw new BadUsage("analyze: " + args[option] + " needs a path");
        }
        return Path.of(args[option + 1]);
    }

    private static Path fileOrUnknownOption(String arg) throws BadUsage {
        if (arg.startsWith("--")) {
            throw new BadUsage("analyze: unknown option " + arg + System.lineSeparator() + USAGE);
        }
        return Path.of(arg);
    }
}
