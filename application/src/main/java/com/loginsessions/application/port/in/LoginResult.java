package com.loginsessions.application.port.in;

import com.loginsessions.domain.SessionId;
import java.time.Duration;

/** The bearer token of the new session (shown to the client once, never stored) and how long it is valid. */
public record LoginResult(String accessToken, Duration expiresIn, SessionId sessionId) {

    @Override
    public String toString() {
        return "LoginResult[accessToken=redacted, expiresIn=" + expiresIn + ", sessionId=" + sessionId + "]";
    }
}
