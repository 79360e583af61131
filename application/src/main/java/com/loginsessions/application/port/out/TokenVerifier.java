package com.loginsessions.application.port.out;

import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.Optional;

public interface TokenVerifier {

    /** The session a genuine, unexpired token names; empty for anything else. Never touches the store. */
    Optional<TokenClaims> verify(String token, Instant now);

    /**
     * What a genuine token says: whose session it is, who issued it for whom, and when it was issued and expires.
     */
    record TokenClaims(UserId userId, SessionId sessionId, String issuer, String audience, Instant issuedAt,
                       Instant expiresAt) {
    }
}
