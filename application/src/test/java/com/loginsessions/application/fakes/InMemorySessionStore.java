package com.loginsessions.application.fakes;

import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The session store held in memory: the fake for use-case tests, and the second subject of the store contract. */
public final class InMemorySessionStore implements SessionStore {

    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();

    @Override
    public synchronized void add(Session session) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("duplicate session id " + session.id());
        }
    }

    @Override
    public synchronized boolean confirmAndTouch(UserId userId, SessionId sessionId, TokenHash tokenHash, Instant now) {
        Session session = sessions.get(sessionId);
        if (session == null || !session.belongsTo(userId) || !session.tokenHash().equals(tokenHash)) {
            return false;
        }
        if (session.activityIsStaleAt(now)) {
            sessions.put(sessionId, session.activeAt(now));
        }
        return true;
    }

    @Override
    public synchronized List<Session> findAllOf(UserId userId) {
        return sessions.values().stream().filter(s -> s.belongsTo(userId)).toList();
    }

    @Override
    public synchronized boolean remove(UserId userId, SessionId sessionId) {
        Session session = sessions.get(sessionId);
        if (session == null || !session.belongsTo(userId)) {
            return false;
        }
        sessions.remove(sessionId);
        return true;
    }

    @Override
    public synchronized OptionalInt removeAllExcept(UserId userId, SessionId keep) {
        Session kept = sessions.get(keep);
        if (kept == null || !kept.belongsTo(userId)) {
            return OptionalInt.empty();
        }
        List<SessionId> others = sessions.values().stream()
                .filter(s -> s.belongsTo(userId) && !s.id().equals(keep))
                .map(Session::id)
                .toList();
        others.forEach(sessions::remove);
        return OptionalInt.of(others.size());
    }
}
