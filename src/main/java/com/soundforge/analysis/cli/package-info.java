/**
 * The {@code analyze} command line: runs the analysis engine on audio files without Spring and prints or writes
 * the results (a readable summary, one JSON object per file, the evaluation kit's result files, timings). Its JSON
 * goes through the analysis module's one JSON form, {@link com.soundforge.analysis.AnalysisJson}.
 */
package com.soundforge.analysis.cli;
