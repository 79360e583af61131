package com.loginsessions.application.port.in;

import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.SessionLifetime;
import java.time.Instant;
import java.util.List;

/** One user's live sessions in display order, and which of them made the request. */
public record SessionList(List<Session> sessions, SessionId current, SessionLifetime lifetime) {

    public SessionList {
        sessions = List.copyOf(sessions);
    }

    public boolean isCurrent(Session session) {
        return session.id().equals(current);
    }

    public Instant expiresAt(Session session) {
        return session.expiresAt(lifetime);
    }
}
