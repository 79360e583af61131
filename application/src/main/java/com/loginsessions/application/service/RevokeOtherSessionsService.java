package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.in.RevokeOtherSessionsCommand;
import com.loginsessions.application.port.in.RevokeOtherSessionsUseCase;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;

public final class RevokeOtherSessionsService implements RevokeOtherSessionsUseCase {

    private final SessionStore sessions;
    private final UnitOfWork unitOfWork;

    public RevokeOtherSessionsService(SessionStore sessions, UnitOfWork unitOfWork) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public int revokeOtherSessions(RevokeOtherSessionsCommand command) {
        AuthenticatedSession caller = command.caller();
        return unitOfWork.inTransaction(() -> sessions.removeAllExcept(caller.userId(), caller.sessionId()))
                .orElseThrow(() -> new NotAuthenticatedException("the session has been signed out"));
    }
}
