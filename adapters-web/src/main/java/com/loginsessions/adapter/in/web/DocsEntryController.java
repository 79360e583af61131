package com.loginsessions.adapter.in.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Swagger UI's entry is /docs (Springdoc redirects it to the UI); /docs/ leads there too, as every API path also
 * answers with a trailing slash. The Location is relative, so it never names a host a request made up.
 */
@Hidden
@RestController
class DocsEntryController {

    @GetMapping("/docs/")
    ResponseEntity<Void> docsWithSlash() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/docs")).build();
    }
}
