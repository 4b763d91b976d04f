package com.soundforge.security;

/**
 * The one error shape of the REST API: {@code {"error": {"status": 401, "code": "unauthorized", "message": "…"}}}.
 * Codes are stable identifiers for programs; messages are for people.
 */
public record ApiError(Detail error) {

    public record Detail(int status, String code, String message) {}

    public static ApiError of(int status, String code, String message) {
        return new ApiError(new Detail(status, code, message));
    }
}
