package com.loginsessions.application.port.in;

import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.util.Objects;

/** Who is calling: the user and the session whose token the request carried, confirmed live by the store. */
public record AuthenticatedSession(UserId userId, SessionId sessionId) {

    public AuthenticatedSession {
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(sessionId, "session id");
    }
}
