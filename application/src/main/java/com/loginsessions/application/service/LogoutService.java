package com.loginsessions.application.service;

import com.loginsessions.application.port.in.LogoutCommand;
import com.loginsessions.application.port.in.LogoutUseCase;
import com.loginsessions.application.port.out.SecurityEvent;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.domain.SessionLifetime;
import java.time.Clock;
import java.time.Instant;

public final class LogoutService implements LogoutUseCase {

    private final SessionStore sessions;
    private final SecurityEvents events;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public LogoutService(SessionStore sessions, SecurityEvents events, SessionLifetime lifetime, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public void logout(LogoutCommand command) {
        Instant now = clock.instant();
        sessions.remove(command.caller().userId(), command.caller().sessionId(), lifetime.liveAt(now))
                .ifPresent(ended -> events.record(SecurityEvent.bySession(SecurityEvent.Type.LOGOUT, now, ended)));
    }
}
