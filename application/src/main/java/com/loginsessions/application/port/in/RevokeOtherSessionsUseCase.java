package com.loginsessions.application.port.in;

public interface RevokeOtherSessionsUseCase {

    /**
     * Signs out every session of the caller but the one making the request, atomically.
     *
     * @return how many sessions were signed out
     * @throws NotAuthenticatedException the caller's own session ended meanwhile (e.g. another device signed it out)
     */
    int revokeOtherSessions(RevokeOtherSessionsCommand command);
}
