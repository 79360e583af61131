package com.loginsessions.application.service;

import com.loginsessions.application.port.in.LogoutCommand;
import com.loginsessions.application.port.in.LogoutUseCase;
import com.loginsessions.application.port.out.SessionStore;

public final class LogoutService implements LogoutUseCase {

    private final SessionStore sessions;

    public LogoutService(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public void logout(LogoutCommand command) {
        sessions.remove(command.caller().userId(), command.caller().sessionId());
    }
}
