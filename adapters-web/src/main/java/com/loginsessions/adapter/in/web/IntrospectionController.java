package com.loginsessions.adapter.in.web;

import com.loginsessions.adapter.in.web.ApiDtos.IntrospectionResponse;
import com.loginsessions.application.port.in.IntrospectTokenQuery;
import com.loginsessions.application.port.in.IntrospectTokenUseCase;
import com.loginsessions.application.port.in.TokenIntrospection;
import com.loginsessions.application.port.in.TooManyAttemptsException;
import com.loginsessions.domain.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 7662 token introspection, for resource servers that ask rather than sit behind a gateway (Spring Security's
 * opaque-token support, Kong, API gateways). Its callers are resource servers with client credentials
 * ({@link IntrospectionClients}), not end users, so it takes no caller session ({@link PublicEndpoint}). A live
 * session's token is described; anything else is exactly {@code {"active": false}}, whatever the reason.
 */
@RestController
@Tag(name = "Gateways")
class IntrospectionController {

    static final String BASIC_REALM = "Basic realm=\"session-service introspection\", charset=\"UTF-8\"";

    private final IntrospectTokenUseCase introspection;
    private final IntrospectionClients clients;
    private final IntrospectionProperties settings;
    private final ClientAddressResolver clientAddresses;
    private final MinuteCounters failedAuthentications;
    private final MinuteCounters inactiveAnswers;

    IntrospectionController(IntrospectTokenUseCase introspection, IntrospectionProperties settings,
                            ClientAddressResolver clientAddresses) {
        this.introspection = introspection;
        this.clients = new IntrospectionClients(settings.clients());
        this.settings = settings;
        this.clientAddresses = clientAddresses;
        this.failedAuthentications = new MinuteCounters(Clock.systemUTC());
        this.inactiveAnswers = new MinuteCounters(Clock.systemUTC());
    }

    @PostMapping(path = {ApiPaths.INTROSPECT, ApiPaths.INTROSPECT + "/"},
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Introspect a token (RFC 7662)",
            description = "For resource servers, authenticated with HTTP Basic client credentials "
                    + "(app.introspection.clients). A live session's token: active true with sub (user id), sid "
                    + "(session id), iat, exp, iss, aud and token_type. Anything else: exactly {\"active\":false}. "
                    + "Checked by the same rule as every request, so a signed-out session is inactive at once.",
            security = @SecurityRequirement(name = OpenApiDocumentation.INTROSPECTION_CLIENT))
    @ApiResponse(responseCode = "200", description = "Active or inactive")
    @ApiResponse(responseCode = "400", description = "No token parameter")
    @ApiResponse(responseCode = "401", description = "Missing or wrong client credentials")
    @ApiResponse(responseCode = "429", description = "Too many wrong credentials from this network, or too many "
            + "inactive tokens for this client; see Retry-After")
    @ApiResponse(responseCode = "503", description = "The session store is unreachable; retry after Retry-After")
    @PublicEndpoint
    ResponseEntity<IntrospectionResponse> introspect(
            @RequestParam(name = "token", required = false) @Parameter(description = "The access token") String token,
            @RequestParam(name = "token_type_hint", required = false)
            @Parameter(description = "Ignored: this service issues one kind of token") String tokenTypeHint,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Parameter(hidden = true)
            String authorization,
            HttpServletRequest request) {
        String client = authenticated(authorization, request);
        if (token == null || token.isBlank()) {
            throw new InvalidInputException("the token parameter is required");
        }
        if (inactiveAnswers.exhausted(client, settings.maxInactivePerMinute())) {
            throw new TooManyAttemptsException(Duration.ofSeconds(inactiveAnswers.secondsLeft()));
        }
        IntrospectionResponse answer = switch (introspection.introspect(new IntrospectTokenQuery(token))) {
            case TokenIntrospection.Active active -> new IntrospectionResponse(true, active.userId().toString(),
                    active.sessionId().toString(), active.issuedAt().getEpochSecond(),
                    active.expiresAt().getEpochSecond(), active.issuer(), List.of(active.audience()), "Bearer");
            case TokenIntrospection.Inactive inactive -> {
                inactiveAnswers.countWithin(client, settings.maxInactivePerMinute());
                yield IntrospectionResponse.inactive();
            }
        };
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(answer);
    }

    private String authenticated(String authorization, HttpServletRequest request) {
        String network = clientAddresses.clientAddress(request)
                .network(ClientAddressResolver.CLIENT_NETWORK_IPV6_BITS);
        if (failedAuthentications.exhausted(network, settings.maxFailedAuthPerMinute())) {
            throw new TooManyAttemptsException(Duration.ofSeconds(failedAuthentications.secondsLeft()));
        }
        return clients.authenticate(authorization).orElseThrow(() -> {
            failedAuthentications.countWithin(network, settings.maxFailedAuthPerMinute());
            return new IntrospectionClientRefused();
        });
    }

    /** The caller is not a configured introspection client. */
    static final class IntrospectionClientRefused extends RuntimeException {

        IntrospectionClientRefused() {
            super("introspection needs the credentials of a configured client", null, false, false);
        }
    }
}
