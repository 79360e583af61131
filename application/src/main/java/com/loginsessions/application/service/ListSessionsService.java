package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.ListSessionsQuery;
import com.loginsessions.application.port.in.ListSessionsUseCase;
import com.loginsessions.application.port.in.SessionList;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionLifetime;
import java.time.Clock;

public final class ListSessionsService implements ListSessionsUseCase {

    private final SessionStore sessions;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public ListSessionsService(SessionStore sessions, SessionLifetime lifetime, Clock clock) {
        this.sessions = sessions;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public SessionList listSessions(ListSessionsQuery query) {
        AuthenticatedSession caller = query.caller();
        return new SessionList(
                sessions.findLiveOf(caller.userId(), lifetime.liveAt(clock.instant())).stream()
                        .sorted(Session.displayOrder(caller.sessionId()))
                        .toList(),
                caller.sessionId(),
                lifetime);
    }
}
