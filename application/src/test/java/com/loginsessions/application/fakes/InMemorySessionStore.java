package com.loginsessions.application.fakes;

import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.SessionStore.CallerToken;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.SessionLifetime.LiveAt;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The session store held in memory: the fake for use-case tests, and the second subject of the store contract. */
public final class InMemorySessionStore implements SessionStore {

    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();

    @Override
    public synchronized List<Session> addWithinCap(Session session, int maxLive, LiveAt at) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("duplicate session id " + session.id());
        }
        List<Session> evicted = findLiveOf(session.userId(), at).stream()
                .sorted(Comparator.comparing(Session::lastActiveAt).thenComparing(Session::createdAt).reversed())
                .skip(maxLive)
                .toList();
        evicted.forEach(s -> sessions.remove(s.id()));
        return evicted;
    }

    @Override
    public synchronized boolean confirmCaller(CallerToken caller, LiveAt at) {
        Session session = liveOf(caller.userId(), caller.sessionId(), at);
        if (session == null || !session.tokenHash().equals(caller.tokenHash())) {
            return false;
        }
        if (session.activityIsStaleAt(at.now())) {
            sessions.put(caller.sessionId(), session.activeAt(at.now()));
        }
        return true;
    }

    @Override
    public synchronized List<Session> findLiveOf(UserId userId, LiveAt at) {
        return sessions.values().stream().filter(s -> s.userId().equals(userId) && s.isLive(at)).toList();
    }

    @Override
    public synchronized List<Session> listLiveIfCallerLive(CallerToken caller, LiveAt at) {
        return confirmCaller(caller, at) ? findLiveOf(caller.userId(), at) : List.of();
    }

    @Override
    public synchronized Optional<Session> remove(UserId userId, SessionId sessionId, LiveAt at) {
        Session session = liveOf(userId, sessionId, at);
        if (session == null) {
            return Optional.empty();
        }
        sessions.remove(sessionId);
        return Optional.of(session);
    }

    @Override
    public synchronized OptionalInt removeAllExcept(UserId userId, SessionId keep, LiveAt at) {
        if (liveOf(userId, keep, at) == null) {
            return OptionalInt.empty();
        }
        List<Session> others = sessions.values().stream()
                .filter(s -> s.userId().equals(userId) && !s.id().equals(keep))
                .toList();
        others.forEach(s -> sessions.remove(s.id()));
        return OptionalInt.of((int) others.stream().filter(s -> s.isLive(at)).count());
    }

    @Override
    public synchronized List<Session> purgeEnded(LiveAt at, int batchSize) {
        List<Session> dead = sessions.values().stream().filter(s -> !s.isLive(at)).limit(batchSize).toList();
        dead.forEach(s -> sessions.remove(s.id()));
        return dead;
    }

    @Override
    public synchronized long countLive(LiveAt at) {
        return sessions.values().stream().filter(s -> s.isLive(at)).count();
    }

    private Session liveOf(UserId userId, SessionId sessionId, LiveAt at) {
        Session session = sessions.get(sessionId);
        return session != null && session.userId().equals(userId) && session.isLive(at) ? session : null;
    }
}
