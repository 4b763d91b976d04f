package com.soundforge.analysis;

import com.soundforge.analysis.cli.AnalyzeCommand;

/** The {@code analyze} command's entry point, for {@code Application.main} (runs without Spring). */
public final class AnalysisCommandLine {

    private AnalysisCommandLine() {}

    /** @return the process exit code */
    public static int run(String[] args) {
        return AnalyzeCommand.main(args);
    }
}
