package com.soundforge.library.imports;

/** The link leads to a web page rather than an audio file. */
class WebPageException extends ImportException {

    WebPageException() {
        super(ImportFailure.NOT_AUDIO, "This URL is a web page, not an audio file.");
    }
}
