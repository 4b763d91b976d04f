package com.soundforge.api;

import java.io.IOException;

/** Thrown while a JSON body is read once it passes {@link JsonBodyLimitFilter#MAX_BYTES}; answered as 413. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException() {
        super(JsonBodyLimitFilter.TOO_LARGE_MESSAGE, null);
    }
}
