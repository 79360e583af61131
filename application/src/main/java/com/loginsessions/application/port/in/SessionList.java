package com.loginsessions.application.port.in;

import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import java.util.List;

/** One user's live sessions in display order, and which of them made the request. */
public record SessionList(List<Session> sessions, SessionId current) {

    public SessionList {
        sessions = List.copyOf(sessions);
    }

    public boolean isCurrent(Session session) {
        return session.id().equals(current);
    }
}
