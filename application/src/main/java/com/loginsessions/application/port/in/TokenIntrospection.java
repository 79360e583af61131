package com.loginsessions.application.port.in;

import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.time.Instant;

/** Whether a token is a live session's right now, and if so, what it says (RFC 7662 §2.2). */
public sealed interface TokenIntrospection {

    /** A live session's token. */
    record Active(UserId userId, SessionId sessionId, String issuer, String audience, Instant issuedAt,
                  Instant expiresAt) implements TokenIntrospection {
    }

    /** Anything else (forged, expired, signed out, another audience, not a token): no reason is given. */
    record Inactive() implements TokenIntrospection {
    }
}
