package com.soundforge.api;

import com.soundforge.daw.DawEditForbiddenException;
import com.soundforge.daw.DawProjectNotFoundException;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.TrackNotFoundException;
import com.soundforge.library.UploadSpace;
import com.soundforge.library.imports.ImportException;
import com.soundforge.pipeline.JobAccessDeniedException;
import com.soundforge.pipeline.JobNotFoundException;
import com.soundforge.security.ApiError;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every error of the API's controllers as {@link ApiError} JSON. Services signal invalid input with IAE. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final UploadSpace uploadSpace;

    ApiExceptionHandler(UploadSpace uploadSpace) {
        this.uploadSpace = uploadSpace;
    }

    @ExceptionHandler(ApiNotFoundException.class)
    ResponseEntity<ApiError> notFound(ApiNotFoundException e) {
        return answer(404, "not_found", e.getMessage());
    }

    @ExceptionHandler(DawProjectNotFoundException.class)
    ResponseEntity<ApiError> noProject(DawProjectNotFoundException e) {
        return answer(404, "not_found", e.getMessage());
    }

    @ExceptionHandler(InvalidOperationException.class)
    ResponseEntity<ApiError> invalidOperation(InvalidOperationException e) {
        return answer(422, "invalid_operation", e.reason());
    }

    @ExceptionHandler({TrackNotFoundException.class, JobNotFoundException.class})
    ResponseEntity<ApiError> missing(RuntimeException e) {
        return answer(404, "not_found", e.getMessage());
    }

    @ExceptionHandler({TrackAccessDeniedException.class, JobAccessDeniedException.class, DawEditForbiddenException.class
    })
    ResponseEntity<ApiError> forbidden(RuntimeException e) {
        return answer(403, "forbidden", e.getMessage());
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<ApiError> refused(ImportException e) {
        return switch (e.failure()) {
            case TOO_LARGE -> answer(413, "too_large", e.getMessage());
            case STORAGE -> answer(500, "storage", e.getMessage());
            case STORAGE_FULL -> answer(507, "storage_full", e.getMessage());
            default -> answer(422, e.failure().name().toLowerCase(Locale.ROOT), e.getMessage());
        };
    }

    /**
     * Spring reports the container's part-header limit as "upload size exceeded" too; it is told apart by its
     * message, as the container's API offers nothing better.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Header section has more than")) {
                return answer(422, "invalid", "The part headers of the upload (its file name) are too long.");
            }
        }
        return answer(413, "too_large", "The file is larger than the upload limit.");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ApiError> noFile(Exception e) {
        if (e instanceof MultipartException && uploadSpace.isFull()) {
            // the container writes the body to the data folder before we see it: there it failed for lack of space
            return answer(507, "storage_full", UploadSpace.FULL_MESSAGE);
        }
        return answer(422, "invalid", "Send the audio as a multipart form field named \"file\".");
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ApiError> conflict(IllegalStateException e) {
        return answer(409, "conflict", e.getMessage());
    }

    /** A malformed id in the path names nothing (404); a malformed query parameter is the client's mistake. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mistyped(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return answer(404, "not_found", "There is nothing with this id.");
        }
        return answer(400, "bad_request", "The parameter " + e.getName() + " must be " + expected(e) + ".");
    }

    private static String expected(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        if (type == int.class || type == Integer.class) {
            return "a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        return type == null ? "of another form" : "a valid " + type.getSimpleName();
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return answer(400, "bad_request", "The parameter " + e.getParameterName() + " is missing.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> invalid(IllegalArgumentException e) {
        return answer(422, "invalid", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (causedBy(e, BodyTooLargeException.class)) {
            return answer(413, "too_large", JsonBodyLimitFilter.TOO_LARGE_MESSAGE);
        }
        return answer(400, "bad_request", "The request body is not valid JSON of the expected shape.");
    }

    /** Answered in JSON whatever the client accepts: it is the only form an API error has. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(406, "not_acceptable", "This API answers only in JSON (Accept: application/json).");
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

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<ApiError> answer(int status, String code, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(status, code, message));
    }
}
