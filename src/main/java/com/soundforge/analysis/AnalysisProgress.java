package com.soundforge.analysis;

@FunctionalInterface
public interface AnalysisProgress {

    /** @param fraction 0..1 of the file analysed so far */
    void analysed(double fraction);
}
