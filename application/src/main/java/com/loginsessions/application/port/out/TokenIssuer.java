package com.loginsessions.application.port.out;

import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.time.Instant;

public interface TokenIssuer {

    /** @param expiresAt the token's {@code exp}: never later than its session's absolute expiry */
    IssuedToken issue(UserId userId, SessionId sessionId, Instant now, Instant expiresAt);

    record IssuedToken(String value, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedToken[redacted, expiresAt=" + expiresAt + "]";
        }
    }
}
