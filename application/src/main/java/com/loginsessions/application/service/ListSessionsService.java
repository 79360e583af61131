package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.ListSessionsQuery;
import com.loginsessions.application.port.in.ListSessionsUseCase;
import com.loginsessions.application.port.in.SessionList;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.domain.Session;

public final class ListSessionsService implements ListSessionsUseCase {

    private final SessionStore sessions;

    public ListSessionsService(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public SessionList listSessions(ListSessionsQuery query) {
        AuthenticatedSession caller = query.caller();
        return new SessionList(
                sessions.findAllOf(caller.userId()).stream()
                        .sorted(Session.displayOrder(caller.sessionId()))
                        .toList(),
                caller.sessionId());
    }
}
