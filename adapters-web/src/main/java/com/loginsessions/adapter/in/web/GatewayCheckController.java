package com.loginsessions.adapter.in.web;

import com.loginsessions.application.port.in.AuthenticatedSession;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The check a reverse proxy or gateway makes before each request it forwards (NGINX {@code auth_request}, Traefik
 * ForwardAuth, Envoy {@code ext_authz}, Caddy {@code forward_auth}): the same caller rule as every endpoint of this
 * API, one SQL statement, no body. It answers whatever method the gateway forwards. docs/integration.md has the
 * configurations.
 */
@RestController
@Tag(name = "Gateways", description = "Checks for the rest of the product: a sign-out bites on its next request too.")
class GatewayCheckController {

    static final String USER_ID_HEADER = "X-User-Id";
    static final String SESSION_ID_HEADER = "X-Session-Id";

    @GetMapping(path = {ApiPaths.CHECK, ApiPaths.CHECK + "/"})
    @Operation(summary = "Check a request's session (forward auth)",
            description = "For reverse proxies and gateways: 200 with the caller's ids in X-User-Id and X-Session-Id "
                    + "when the bearer token is a live session's, 401 with the RFC 6750 challenge when it is not, 503 "
                    + "with Retry-After while the database is unreachable (never 401: a gateway would sign the user "
                    + "out). Any method is answered alike; counts as activity like any request. No body.",
            security = @SecurityRequirement(name = OpenApiDocumentation.BEARER))
    @ApiResponse(responseCode = "200", description = "A live session; forward the request", headers = {
            @Header(name = USER_ID_HEADER, description = "The caller's user id", schema = @Schema(type = "string")),
            @Header(name = SESSION_ID_HEADER, description = "The caller's session id", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "401", description = "Missing, invalid, expired or signed-out token")
    @ApiResponse(responseCode = "503", description = "The session store is unreachable; retry after Retry-After")
    ResponseEntity<Void> check(@Parameter(hidden = true) AuthenticatedSession caller) {
        return ResponseEntity.ok()
                .header(USER_ID_HEADER, caller.userId().toString())
                .header(SESSION_ID_HEADER, caller.sessionId().toString())
                .build();
    }

    /** Gateways forward the original request's method; the answer is the same as for GET. */
    @Hidden
    @RequestMapping(path = {ApiPaths.CHECK, ApiPaths.CHECK + "/"}, method = {RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS})
    ResponseEntity<Void> checkAnyMethod(AuthenticatedSession caller) {
        return check(caller);
    }
}
