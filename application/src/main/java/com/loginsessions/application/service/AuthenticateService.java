package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticateCommand;
import com.loginsessions.application.port.in.AuthenticateUseCase;
import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.TokenVerifier;
import com.loginsessions.application.port.out.TokenVerifier.TokenClaims;
import com.loginsessions.domain.SessionLifetime;
import com.loginsessions.domain.TokenHash;
import java.time.Clock;
import java.time.Instant;

public final class AuthenticateService implements AuthenticateUseCase {

    private final TokenVerifier tokenVerifier;
    private final SessionStore sessions;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public AuthenticateService(TokenVerifier tokenVerifier, SessionStore sessions, SessionLifetime lifetime,
                               Clock clock) {
        this.tokenVerifier = tokenVerifier;
        this.sessions = sessions;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public AuthenticatedSession authenticate(AuthenticateCommand command) {
        Instant now = clock.instant();
        TokenClaims claims = tokenVerifier.verify(command.accessToken(), now)
                .orElseThrow(() -> new NotAuthenticatedException("the access token is invalid or expired"));
        if (!sessions.confirmAndTouch(claims.userId(), claims.sessionId(), TokenHash.of(command.accessToken()),
                lifetime.liveAt(now))) {
            throw new NotAuthenticatedException("the session has ended");
        }
        return new AuthenticatedSession(claims.userId(), claims.sessionId());
    }
}
