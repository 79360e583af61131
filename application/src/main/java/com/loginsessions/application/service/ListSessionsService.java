package com.loginsessions.application.service;

import com.loginsessions.application.port.in.ListSessionsQuery;
import com.loginsessions.application.port.in.ListSessionsUseCase;
import com.loginsessions.application.port.in.SessionList;
import com.loginsessions.application.port.in.SessionView;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.SessionLifetime;
import java.util.List;
import java.util.Optional;

/**
 * The caller check and the read in one statement ({@link CallerCheck#confirmReading}): the most frequent request
 * costs the database one round trip instead of two.
 */
public final class ListSessionsService implements ListSessionsUseCase {

    private final CallerCheck callerCheck;
    private final SessionStore sessions;
    private final SessionLifetime lifetime;

    public ListSessionsService(CallerCheck callerCheck, SessionStore sessions, SessionLifetime lifetime) {
        this.callerCheck = callerCheck;
        this.sessions = sessions;
        this.lifetime = lifetime;
    }

    @Override
    public SessionList listSessions(ListSessionsQuery query) {
        return callerCheck.confirmReading(query.accessToken(), (claims, caller, at) -> {
            List<Session> live = sessions.listLiveIfCallerLive(caller, at);
            return live.isEmpty() ? Optional.empty() : Optional.of(viewOf(live, caller.sessionId()));
        });
    }

    private SessionList viewOf(List<Session> live, SessionId caller) {
        return new SessionList(live.stream()
                .sorted(Session.displayOrder(caller))
                .map(s -> new SessionView(s.id(), s.device(), s.ipAddress(), s.lastActiveAt(), s.createdAt(),
                        s.expiresAt(lifetime), s.id().equals(caller)))
                .toList());
    }
}
