package com.loginsessions.application.service;

import com.loginsessions.application.port.in.ListSessionsQuery;
import com.loginsessions.application.port.in.ListSessionsUseCase;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.in.SessionList;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.TokenVerifier;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.SessionLifetime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Authenticates the caller itself rather than through {@code AuthenticateUseCase}: the session check and the read
 * are one statement, so the most frequent request costs the database one round trip instead of two.
 */
public final class ListSessionsService implements ListSessionsUseCase {

    private final TokenVerifier tokenVerifier;
    private final SessionStore sessions;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public ListSessionsService(TokenVerifier tokenVerifier, SessionStore sessions, SessionLifetime lifetime,
                               Clock clock) {
        this.tokenVerifier = tokenVerifier;
        this.sessions = sessions;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public SessionList listSessions(ListSessionsQuery query) {
        Instant now = clock.instant();
        PresentedToken token = PresentedToken.verify(tokenVerifier, query.accessToken(), now);
        SessionId caller = token.claims().sessionId();
        List<Session> live = sessions.listLiveIfCallerLive(token.claims().userId(), caller, token.hash(),
                lifetime.liveAt(now));
        if (live.isEmpty()) {
            throw NotAuthenticatedException.sessionEnded();
        }
        return new SessionList(live.stream().sorted(Session.displayOrder(caller)).toList(), caller, lifetime);
    }
}
