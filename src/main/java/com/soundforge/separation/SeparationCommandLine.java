package com.soundforge.separation;

import com.soundforge.separation.cli.SeparateCommand;
import java.io.PrintStream;

/** The {@code separate} command's entry point for {@code Application.main}, which runs it without Spring. */
public final class SeparationCommandLine {

    private SeparationCommandLine() {}

    /** Runs {@code separate} with the arguments after the command name; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return SeparateCommand.run(args, out, err);
    }
}
