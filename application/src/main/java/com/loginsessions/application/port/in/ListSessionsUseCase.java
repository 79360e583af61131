package com.loginsessions.application.port.in;

public interface ListSessionsUseCase {

    /**
     * The caller's live sessions, the current one first, then the most recently active.
     *
     * @throws NotAuthenticatedException the token is not valid, or its session has ended
     */
    SessionList listSessions(ListSessionsQuery query);
}
