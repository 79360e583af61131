package com.loginsessions.application.port.out;

import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.Optional;

public interface TokenVerifier {

    /** The session a genuine, unexpired token names; empty for anything else. Never touches the store. */
    Optional<TokenClaims> verify(String token, Instant now);

    record TokenClaims(UserId userId, SessionId sessionId) {
    }
}
