package com.loginsessions.application.port.out;

import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.SessionLifetime.LiveAt;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The sessions. Every per-user operation names the user, so no call can reach another user's sessions, and
 * treats a session that is not live at the given {@link LiveAt} (idle or past its absolute expiry) exactly like
 * one that was removed.
 */
public interface SessionStore {

    /**
     * Adds the session, then removes the user's least recently active live sessions beyond {@code maxLive}.
     * Logins of one user serialise here, so parallel logins never leave more than {@code maxLive} alive. Must run
     * inside a unit of work.
     *
     * @return the sessions removed to respect the cap
     */
    List<Session> addWithinCap(Session session, int maxLive, LiveAt at);

    /**
     * The per-request check, one round trip in steady state: whether the caller's user has a live session with the
     * caller's session id and token hash; if so, and its last activity is older than {@link Session#ACTIVITY_RESOLUTION}, moves it to
     * {@code at.now()}. A removed session is never brought back.
     */
    boolean confirmCaller(CallerToken caller, LiveAt at);

    List<Session> findLiveOf(UserId userId, LiveAt at);

    /**
     * {@link #confirmCaller} and {@link #findLiveOf} in one round trip in steady state: the user's live sessions
     * (the caller's with its activity moved forward if it was stale) when the caller's session is one of them and
     * carries its token hash; otherwise an empty list and nothing touched. The caller is confirmed exactly as
     * {@link #confirmCaller} confirms it.
     */
    List<Session> listLiveIfCallerLive(CallerToken caller, LiveAt at);

    /** @return the removed session when it was live; empty when there was none (or not this user's, or expired) */
    Optional<Session> remove(UserId userId, SessionId sessionId, LiveAt at);

    /**
     * Atomically: if {@code keep} is a live session of the user, removes all the user's other sessions and returns
     * how many of them were live; otherwise removes nothing and returns empty. Concurrent calls for one user
     * serialise, so two sessions each removing "all others" cannot both succeed. Must run inside a unit of work.
     */
    OptionalInt removeAllExcept(UserId userId, SessionId keep, LiveAt at);

    /**
     * Removes up to {@code batchSize} sessions that are not live, taking only rows no concurrent purge holds, so
     * several instances can purge at once without waiting on each other.
     *
     * @return the sessions removed
     */
    List<Session> purgeEnded(LiveAt at, int batchSize);

    long countLive(LiveAt at);

    /**
     * What a verified access token says of its caller: the user and session it names, and the token's hash, which
     * the store must find on that live session. One type for every caller check, so the three cannot be swapped.
     */
    record CallerToken(UserId userId, SessionId sessionId, TokenHash tokenHash) {

        public CallerToken {
            Objects.requireNonNull(userId, "user id");
            Objects.requireNonNull(sessionId, "session id");
            Objects.requireNonNull(tokenHash, "token hash");
        }
    }
}
