package com.loginsessions.application.port.in;

public interface ListSessionsUseCase {

    /** The caller's live sessions, the current one first, then the most recently active. */
    SessionList listSessions(ListSessionsQuery query);
}
