package com.soundforge.api;

import com.soundforge.security.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every error of the API's controllers as {@link ApiError} JSON. Services signal invalid input with IAE. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiNotFoundException.class)
    ResponseEntity<ApiError> notFound(ApiNotFoundException e) {
        return answer(404, "not_found", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> malformedId(MethodArgumentTypeMismatchException e) {
        return answer(404, "not_found", "There is nothing with this id.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> invalid(IllegalArgumentException e) {
        return answer(422, "invalid", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return answer(400, "bad_request", "The request body is not valid JSON of the expected shape.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(415, "unsupported_media_type", "Send the body as application/json.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            int status = known.getStatusCode().value();
            HttpStatus named = HttpStatus.resolve(status);
            String code = named == null ? "client_error" : named.name().toLowerCase(Locale.ROOT);
            return answer(status, code, named == null ? "The request was refused." : named.getReasonPhrase() + ".");
        }
        log.error("API request failed", e);
        return answer(500, "internal_error", "Something went wrong on the server.");
    }

    private static ResponseEntity<ApiError> answer(int status, String code, String message) {
        return ResponseEntity.status(status).body(ApiError.of(status, code, message));
    }
}
