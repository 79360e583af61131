package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.SessionStore.CallerToken;
import com.loginsessions.application.port.out.TokenVerifier;
import com.loginsessions.application.port.out.TokenVerifier.TokenClaims;
import com.loginsessions.domain.SessionLifetime;
import com.loginsessions.domain.SessionLifetime.LiveAt;
import com.loginsessions.domain.TokenHash;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one rule for who is calling, behind every authenticated request: a genuine, unexpired access token (checked
 * in memory) whose session the store confirms live and bound to that token. The store confirms it on its own
 * ({@link #confirm}) or within the statement that also reads what the request asks for ({@link #confirmReading}, the
 * one-round-trip listing); both are this rule, and a new condition on callers (a disabled account, say) is added
 * here and to the store's one caller condition, and so reaches every authenticated path.
 */
public final class CallerCheck {

    private final TokenVerifier tokenVerifier;
    private final SessionStore sessions;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public CallerCheck(TokenVerifier tokenVerifier, SessionStore sessions, SessionLifetime lifetime, Clock clock) {
        this.tokenVerifier = tokenVerifier;
        this.sessions = sessions;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A read the store makes only if the caller is confirmed, in the same statement: empty when it is not. */
    @FunctionalInterface
    interface CallerRead<T> {
        Optional<T> readIfCallerLive(TokenClaims claims, CallerToken caller, LiveAt at);
    }

    /** @throws NotAuthenticatedException the token is not a live session's */
    AuthenticatedSession confirm(String accessToken) {
        TokenClaims claims = confirmClaims(accessToken);
        return new AuthenticatedSession(claims.userId(), claims.sessionId());
    }

    /** {@link #confirm}, answered with everything the token says. */
    TokenClaims confirmClaims(String accessToken) {
        return confirmReading(accessToken, (claims, caller, at) ->
                sessions.confirmCaller(caller, at) ? Optional.of(claims) : Optional.empty());
    }

    /** @throws NotAuthenticatedException the token is not a live session's; {@code read} found nothing then */
    <T> T confirmReading(String accessToken, CallerRead<T> read) {
        Instant now = clock.instant();
        TokenClaims claims = tokenVerifier.verify(accessToken, now)
                .orElseThrow(() -> new NotAuthenticatedException("the access token is invalid or expired"));
        CallerToken caller = new CallerToken(claims.userId(), claims.sessionId(), TokenHash.of(accessToken));
        return read.readIfCallerLive(claims, caller, lifetime.liveAt(now))
                .orElseThrow(NotAuthenticatedException::sessionEnded);
    }
}
