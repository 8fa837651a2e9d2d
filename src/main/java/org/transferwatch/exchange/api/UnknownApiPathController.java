package org.transferwatch.exchange.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every API path no controller serves answers 404 in JSON. Without it the request fell through to
 * Vaadin, which answers any path with its page (200, HTML). The most general pattern, so every real
 * endpoint matches before it.
 */
@Hidden
@RestController
class UnknownApiPathController {

    @RequestMapping("/api/**")
    ResponseEntity<ApiModel.Error> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(new ApiModel.Error(ApiErrors.sentence(HttpStatus.NOT_FOUND.value()), null));
    }

}
