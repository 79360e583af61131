package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticateCommand;
import com.loginsessions.application.port.in.AuthenticateUseCase;
import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.TokenVerifier;
import com.loginsessions.domain.SessionLifetime;
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
        PresentedToken token = PresentedToken.verify(tokenVerifier, command.accessToken(), now);
        if (!sessions.confirmCaller(token.claims().userId(), token.claims().sessionId(), token.hash(),
                lifetime.liveAt(now))) {
            throw NotAuthenticatedException.sessionEnded();
        }
        return new AuthenticatedSession(token.claims().userId(), token.claims().sessionId());
    }
}
