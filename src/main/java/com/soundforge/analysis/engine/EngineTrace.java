package com.soundforge.analysis.engine;

import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where the analysis engine's diagnostic lines go: nowhere, unless a caller installs a sink (the {@code analyze}
 * command's {@code --trace} sends them to standard error). Tracing never changes a result; callers guard costly
 * diagnostics with {@link #enabled()}.
 */
public final class EngineTrace {

    private static volatile @Nullable Consumer<String> sink;

    private EngineTrace() {}

    /** Sends every later trace line to {@code lines}; {@code null} switches tracing off. */
    public static void sendTo(@Nullable Consumer<String> lines) {
        sink = lines;
    }

    public static boolean enabled() {
        return sink != null;
    }

    /** Formats like {@link String#format} (root locale) and passes the line on, if anyone listens. */
    public static void line(String format, Object... args) {
        Consumer<String> lines = sink;
        if (lines != null) {
            lines.accept(String.format(Locale.ROOT, format, args));
        }
    }
}
