package org.transferwatch.exchange.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;

/**
 * How every JSON API controller (transfers, provisions, designations) answers a refusal: a status and a JSON
 * body with the sentence a user reads. The CSV export is a plain controller and keeps its own answers.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ApiModel.Error> invalid(ValidationException e) {
        return ResponseEntity.badRequest().body(new ApiModel.Error(String.join(" ", e.problems()), e.problems()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiModel.Error> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiModel.Error(e.getMessage(), null));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiModel.Error> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiModel.Error("Your role may not read this.", null));
    }

}
