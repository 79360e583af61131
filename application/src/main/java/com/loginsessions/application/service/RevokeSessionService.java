package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.RevokeSessionCommand;
import com.loginsessions.application.port.in.RevokeSessionUseCase;
import com.loginsessions.application.port.in.SessionNotFoundException;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.domain.SecurityEvent.RevokedBy;
import com.loginsessions.domain.SecurityEvent.SessionRevoked;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionLifetime;
import java.time.Clock;
import java.time.Instant;

public final class RevokeSessionService implements RevokeSessionUseCase {

    private final SessionStore sessions;
    private final SecurityEvents events;
    private final UnitOfWork unitOfWork;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public RevokeSessionService(SessionStore sessions, SecurityEvents events, UnitOfWork unitOfWork,
                                SessionLifetime lifetime, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public void revokeSession(RevokeSessionCommand command) {
        AuthenticatedSession caller = command.caller();
        Instant now = clock.instant();
        unitOfWork.inTransaction(() -> {
            Session revoked = sessions.remove(caller.userId(), command.target(), lifetime.liveAt(now))
                    .orElseThrow(SessionNotFoundException::new);
            RevokedBy by = revoked.id().equals(caller.sessionId()) ? RevokedBy.SELF : RevokedBy.OTHER_SESSION;
            events.record(SessionRevoked.of(now, revoked, by));
            return revoked;
        });
    }
}
