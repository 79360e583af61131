package com.loginsessions.application.service;

import com.loginsessions.application.port.in.RevokeSessionCommand;
import com.loginsessions.application.port.in.RevokeSessionUseCase;
import com.loginsessions.application.port.in.SessionNotFoundException;
import com.loginsessions.application.port.out.SessionStore;

public final class RevokeSessionService implements RevokeSessionUseCase {

    private final SessionStore sessions;

    public RevokeSessionService(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public void revokeSession(RevokeSessionCommand command) {
        if (!sessions.remove(command.caller().userId(), command.target())) {
            throw new SessionNotFoundException();
        }
    }
}
