package com.soundforge.pipeline;

/** What a finished stage leaves behind; {@code skipRest} ends the pipeline early (e.g. a duplicate download). */
record StageResult(String message, String outputPath, Long outputBytes, boolean skipRest) {

    static StageResult done(String message) {
        return new StageResult(message, null, null, false);
    }
}
