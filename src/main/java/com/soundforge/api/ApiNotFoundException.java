package com.soundforge.api;

/** Answered as 404 {@code not_found}. */
class ApiNotFoundException extends RuntimeException {

    ApiNotFoundException(String message) {
        super(message, null, false, false);
    }
}
