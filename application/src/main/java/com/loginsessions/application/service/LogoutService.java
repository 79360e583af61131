package com.loginsessions.application.service;

import com.loginsessions.application.port.in.LogoutCommand;
import com.loginsessions.application.port.in.LogoutUseCase;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.domain.SecurityEvent.LoggedOut;
import com.loginsessions.domain.SessionLifetime;
import java.time.Clock;
import java.time.Instant;

public final class LogoutService implements LogoutUseCase {

    private final SessionStore sessions;
    private final SecurityEvents events;
    private final UnitOfWork unitOfWork;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public LogoutService(SessionStore sessions, SecurityEvents events, UnitOfWork unitOfWork, SessionLifetime lifetime,
                         Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The removal and its event are one unit of work, as for every other use case that writes. */
    @Override
    public void logout(LogoutCommand command) {
        Instant now = clock.instant();
        unitOfWork.inTransaction(() -> {
            sessions.remove(command.caller().userId(), command.caller().sessionId(), lifetime.liveAt(now))
                    .ifPresent(ended -> events.record(LoggedOut.of(now, ended)));
            return null;
        });
    }
}
