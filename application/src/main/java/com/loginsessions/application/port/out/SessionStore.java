package com.loginsessions.application.port.out;

import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/** The live sessions. Every operation names the user, so no call can reach another user's sessions. */
public interface SessionStore {

    void add(Session session);

    /**
     * The per-request check, in one round trip: whether this user has a live session with this id and token hash;
     * if so, and its last activity is older than {@link Session#ACTIVITY_RESOLUTION}, moves it to {@code now}. A
     * removed session is never brought back.
     */
    boolean confirmAndTouch(UserId userId, SessionId sessionId, TokenHash tokenHash, Instant now);

    List<Session> findAllOf(UserId userId);

    /** @return whether a session was removed (false when there was none: never existed, gone, or not this user's) */
    boolean remove(UserId userId, SessionId sessionId);

    /**
     * Atomically: if {@code keep} is a live session of the user, removes all the user's other sessions and returns
     * how many; otherwise removes nothing and returns empty. Concurrent calls for one user serialise, so two
     * sessions each removing "all others" cannot both succeed.
     */
    OptionalInt removeAllExcept(UserId userId, SessionId keep);
}
