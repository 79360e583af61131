package com.loginsessions.adapter.in.web;

import com.loginsessions.adapter.in.web.ApiDtos.PasswordChangeRequest;
import com.loginsessions.adapter.in.web.ApiDtos.PasswordChangedResponse;
import com.loginsessions.adapter.in.web.ApiDtos.SecurityEventPageResponse;
import com.loginsessions.adapter.in.web.ApiDtos.SecurityEventResponse;
import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.ChangePasswordCommand;
import com.loginsessions.application.port.in.ChangePasswordUseCase;
import com.loginsessions.application.port.in.ListSecurityEventsQuery;
import com.loginsessions.application.port.in.ListSecurityEventsUseCase;
import com.loginsessions.application.port.in.SecurityEventPage;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.InvalidInputException;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SecurityEvent;
import com.loginsessions.domain.SecurityEvent.LoggedOut;
import com.loginsessions.domain.SecurityEvent.LoginFailed;
import com.loginsessions.domain.SecurityEvent.LoginSucceeded;
import com.loginsessions.domain.SecurityEvent.LoginThrottled;
import com.loginsessions.domain.SecurityEvent.OtherSessionsRevoked;
import com.loginsessions.domain.SecurityEvent.PasswordChangeFailed;
import com.loginsessions.domain.SecurityEvent.PasswordChanged;
import com.loginsessions.domain.SecurityEvent.RevokedBy;
import com.loginsessions.domain.SecurityEvent.SessionRevoked;
import com.loginsessions.domain.SessionId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Account security", description = "Change the password (signing out every other device) and see your "
        + "own security activity.")
@SecurityRequirement(name = OpenApiDocumentation.BEARER)
@ApiResponse(responseCode = "401", description = "Missing, invalid, expired or signed-out token")
class AccountSecurityController {

    private final ChangePasswordUseCase changePassword;
    private final ListSecurityEventsUseCase listEvents;
    private final ClientAddressResolver clientAddresses;

    AccountSecurityController(ChangePasswordUseCase changePassword, ListSecurityEventsUseCase listEvents,
                              ClientAddressResolver clientAddresses) {
        this.changePassword = changePassword;
        this.listEvents = listEvents;
        this.clientAddresses = clientAddresses;
    }

    @PostMapping(path = {ApiPaths.PASSWORD, ApiPaths.PASSWORD + "/"}, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change my password",
            description = "Needs the current password. On success every other session is signed out in the same "
                    + "transaction (OWASP ASVS 7.4.3); this one stays. Wrong current passwords count like failed "
                    + "sign-ins.")
    @ApiResponse(responseCode = "200", description = "Password changed")
    @ApiResponse(responseCode = "400", description = "Missing field or new password outside 8–128 characters")
    @ApiResponse(responseCode = "403", description = "The current password is wrong (you stay signed in)")
    @ApiResponse(responseCode = "429", description = "Too many wrong passwords; see Retry-After")
    PasswordChangedResponse changePassword(@Parameter(hidden = true) AuthenticatedSession caller,
                                           @RequestBody PasswordChangeRequest body, HttpServletRequest request) {
        if (body == null) {
            throw new InvalidInputException("a JSON body with current_password and new_password is required");
        }
        if (body.currentPassword() == null || body.currentPassword().isEmpty()) {
            throw new InvalidInputException("current_password is required");
        }
        if (body.newPassword() == null) {
            throw new InvalidInputException("new_password is required");
        }
        int revoked = changePassword.changePassword(new ChangePasswordCommand(caller, body.currentPassword(),
                body.newPassword(), clientAddresses.clientAddress(request)));
        return new PasswordChangedResponse("Password changed; all other devices were signed out", revoked);
    }

    @GetMapping(path = {ApiPaths.EVENTS, ApiPaths.EVENTS + "/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My recent security activity",
            description = "Sign-ins (with whether the device or IP address was new), failed and throttled sign-ins, "
                    + "sign-outs and by whom, password changes; newest first.")
    @ApiResponse(responseCode = "200", description = "A page of events")
    @ApiResponse(responseCode = "400", description = "page or size out of range")
    SecurityEventPageResponse events(@Parameter(hidden = true) AuthenticatedSession caller,
                                     @RequestParam(name = "page", defaultValue = "0") @Parameter(description = "zero-based page") String page,
                                     @RequestParam(name = "size", defaultValue = "20") @Parameter(description = "1 to 100") String size) {
        SecurityEventPage result = listEvents.listSecurityEvents(
                new ListSecurityEventsQuery(caller, number("page", page), number("size", size)));
        return new SecurityEventPageResponse(result.events().stream().map(AccountSecurityController::toResponse).toList(),
                result.page(), result.size(), result.hasMore());
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number");
        }
    }

    private static SecurityEventResponse toResponse(SecurityEvent event) {
        return switch (event) {
            case LoginSucceeded e -> response(e, e.sessionId(), e.ipAddress(), e.device(), null, null, null,
                    e.newDevice(), e.newIpAddress());
            case LoginFailed e -> response(e, null, e.ipAddress(), null, null, null, null, null, null);
            case LoginThrottled e -> response(e, null, e.ipAddress(), null, null, null, e.attempts(), null, null);
            case LoggedOut e -> response(e, e.sessionId(), e.ipAddress(), e.device(), null, null, null, null, null);
            case SessionRevoked e -> response(e, e.sessionId(), e.ipAddress(), e.device(), e.revokedBy(), null, null,
                    null, null);
            case OtherSessionsRevoked e -> response(e, e.bySessionId(), null, null, e.revokedBy(), e.count(), null,
                    null, null);
            case PasswordChanged e -> response(e, e.sessionId(), e.ipAddress(), null, e.revokedBy(),
                    e.sessionsSignedOut(), null, null, null);
            case PasswordChangeFailed e -> response(e, null, e.ipAddress(), null, null, null, null, null, null);
        };
    }

    /** Fields that do not apply to an event's kind are null in the JSON. */
    private static SecurityEventResponse response(SecurityEvent event, SessionId sessionId, IpAddress ipAddress,
                                                  Device device, RevokedBy revokedBy, Integer revokedCount,
                                                  Integer attempts, Boolean newDevice, Boolean newIpAddress) {
        return new SecurityEventResponse(event.kind(), ApiDtos.timestamp(event.occurredAt()),
                sessionId == null ? null : sessionId.toString(),
                ipAddress == null ? null : ipAddress.value(),
                device == null ? null : device.os(),
                device == null ? null : device.browser(),
                device == null ? null : device.type().code(),
                device == null ? null : device.model().orElse(null),
                revokedBy == null ? null : revokedBy.code(),
                revokedCount, attempts, newDevice, newIpAddress);
    }
}
