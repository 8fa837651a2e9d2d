package org.transferwatch.exchange.api;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.transferwatch.base.DatabaseOutage;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;

/**
 * How every JSON API controller (transfers, provisions, designations) answers a refusal or a failure: a
 * status and a JSON body with the sentence a user reads, for every exception, so that none reaches the
 * container's error page or the generic problem details. Ahead of every other advice. The CSV export is
 * a plain controller and keeps its own answers; failures outside the controllers are answered the same
 * way by {@link ApiErrorFilter}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

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

    /** Anything else: malformed requests Spring refuses, a database outage, or a bug (logged). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiModel.Error> failed(Exception e) {
        var status = statusOf(e);
        if (status == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            log.error("API request failed", e);
        }
        return ResponseEntity.status(status).body(new ApiModel.Error(sentence(status), null));
    }

    /** The status a failure answers with: 503 for a database outage, 4xx for a malformed request, else 500. */
    static int statusOf(Throwable failure) {
        if (DatabaseOutage.causedBy(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE.value();
        }
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ErrorResponse response) {
                return response.getStatusCode().value();
            }
            if (cause instanceof InvalidParameterException || cause instanceof TypeMismatchException
                    || cause instanceof ServletRequestBindingException || cause instanceof HttpMessageNotReadableException) {
                return HttpStatus.BAD_REQUEST.value();
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR.value();
    }

    /** A client's text quoted in a sentence, cut to 40 characters. */
    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** What a client reads for a status when no more particular sentence applies. */
    static String sentence(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: check its parameters, their values and their percent-encoding.";
            case 401 -> "Authentication required: send a personal API token as \"Authorization: Bearer tw_...\".";
            case 403 -> "Your role may not read this.";
            case 404 -> "There is no such API path or resource; the OpenAPI document at /v3/api-docs lists the paths.";
            case 405 -> "The API is read-only: only GET is allowed.";
            case 406 -> "The API answers in JSON only: accept application/json.";
            case 413, 414, 431 -> "The request is too large: shorten its parameters or headers.";
            case 503 -> "The database is unavailable; try again in a moment.";
            default -> status >= 500 ? "Something went wrong on our side. Try again; if it keeps failing, tell the"
                    + " administrators." : "The request was refused (HTTP " + status + ").";
        };
    }

}
