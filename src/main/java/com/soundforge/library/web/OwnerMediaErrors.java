package com.soundforge.library.web;

import com.soundforge.library.OwnerMedia;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.TrackNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The error answers of every {@link OwnerMedia} controller. */
@RestControllerAdvice(annotations = OwnerMedia.class)
class OwnerMediaErrors {

    @ExceptionHandler(TrackAccessDeniedException.class)
    ResponseEntity<String> forbidden(TrackAccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_PLAIN)
                .body(e.getMessage());
    }

    @ExceptionHandler(TrackNotFoundException.class)
    ResponseEntity<String> notFound(TrackNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body(e.getMessage());
    }
}
