package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.in.RevokeOtherSessionsCommand;
import com.loginsessions.application.port.in.RevokeOtherSessionsUseCase;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.domain.SecurityEvent.OtherSessionsRevoked;
import com.loginsessions.domain.SessionLifetime;
import java.time.Clock;
import java.time.Instant;

public final class RevokeOtherSessionsService implements RevokeOtherSessionsUseCase {

    private final SessionStore sessions;
    private final SecurityEvents events;
    private final UnitOfWork unitOfWork;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public RevokeOtherSessionsService(SessionStore sessions, SecurityEvents events, UnitOfWork unitOfWork,
                                      SessionLifetime lifetime, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public int revokeOtherSessions(RevokeOtherSessionsCommand command) {
        AuthenticatedSession caller = command.caller();
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            int revoked = sessions.removeAllExcept(caller.userId(), caller.sessionId(), lifetime.liveAt(now))
                    .orElseThrow(NotAuthenticatedException::sessionEnded);
            events.record(new OtherSessionsRevoked(now, caller.userId(), caller.sessionId(), revoked));
            return revoked;
        });
    }
}
