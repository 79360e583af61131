package com.loginsessions.adapter.in.web;

import com.loginsessions.adapter.in.web.ApiDtos.MessageResponse;
import com.loginsessions.adapter.in.web.ApiDtos.SessionListResponse;
import com.loginsessions.adapter.in.web.ApiDtos.SessionResponse;
import com.loginsessions.adapter.in.web.ApiDtos.SignedOutOthersResponse;
import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.ListSessionsQuery;
import com.loginsessions.application.port.in.ListSessionsUseCase;
import com.loginsessions.application.port.in.RevokeOtherSessionsCommand;
import com.loginsessions.application.port.in.RevokeOtherSessionsUseCase;
import com.loginsessions.application.port.in.RevokeSessionCommand;
import com.loginsessions.application.port.in.RevokeSessionUseCase;
import com.loginsessions.application.port.in.SessionList;
import com.loginsessions.application.port.in.SessionNotFoundException;
import com.loginsessions.application.port.in.SessionView;
import com.loginsessions.domain.SessionId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sessions", description = "See every device you are signed in on, and sign any of them out.")
@SecurityRequirement(name = OpenApiDocumentation.BEARER)
@ApiResponse(responseCode = "401", description = "Missing, invalid, expired or signed-out token")
class SessionsController {

    private final ListSessionsUseCase listSessions;
    private final RevokeSessionUseCase revokeSession;
    private final RevokeOtherSessionsUseCase revokeOthers;

    SessionsController(ListSessionsUseCase listSessions, RevokeSessionUseCase revokeSession,
                       RevokeOtherSessionsUseCase revokeOthers) {
        this.listSessions = listSessions;
        this.revokeSession = revokeSession;
        this.revokeOthers = revokeOthers;
    }

    @GetMapping(path = {ApiPaths.SESSIONS, ApiPaths.SESSIONS + "/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List my sessions",
            description = "Every live session of the caller: this device first (is_current), then the most recently "
                    + "active. last_active_at is updated at most once a minute.")
    @ApiResponse(responseCode = "200", description = "The caller's sessions")
    SessionListResponse list(@Parameter(hidden = true) BearerToken token) {
        SessionList list = listSessions.listSessions(new ListSessionsQuery(token.value()));
        return new SessionListResponse(list.sessions().stream().map(SessionsController::toResponse).toList(),
                list.sessions().size());
    }

    @DeleteMapping(path = {ApiPaths.SESSIONS, ApiPaths.SESSIONS + "/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign out all other devices",
            description = "Ends every session of the caller except this one, atomically; their tokens fail from "
                    + "their next request.")
    @ApiResponse(responseCode = "200", description = "Other sessions signed out")
    SignedOutOthersResponse signOutOthers(@Parameter(hidden = true) AuthenticatedSession caller) {
        int revoked = revokeOthers.revokeOtherSessions(new RevokeOtherSessionsCommand(caller));
        return new SignedOutOthersResponse("Signed out of all other devices", revoked);
    }

    @DeleteMapping(path = {ApiPaths.SESSION, ApiPaths.SESSION + "/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign out one device",
            description = "Ends one of the caller's sessions; signing out the current session is a logout. "
                    + "Unknown ids, ended sessions and other users' sessions all answer the same 404.")
    @ApiResponse(responseCode = "200", description = "Session signed out")
    @ApiResponse(responseCode = "404", description = "No such session of the caller")
    MessageResponse signOut(@Parameter(hidden = true) AuthenticatedSession caller,
                            @PathVariable("session_id") @Parameter(description = "The session's id") String sessionId) {
        SessionId target = SessionId.parse(sessionId).orElseThrow(SessionNotFoundException::new);
        revokeSession.revokeSession(new RevokeSessionCommand(caller, target));
        return new MessageResponse("Session signed out successfully");
    }

    private static SessionResponse toResponse(SessionView session) {
        return new SessionResponse(
                session.id().toString(),
                session.device().os(),
                session.device().browser(),
                session.device().type().code(),
                session.device().model().orElse(null),
                session.ipAddress().value(),
                ApiDtos.timestamp(session.lastActiveAt()),
                ApiDtos.timestamp(session.createdAt()),
                session.current(),
                ApiDtos.timestamp(session.expiresAt()));
    }
}
