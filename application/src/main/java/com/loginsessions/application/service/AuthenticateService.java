package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticateCommand;
import com.loginsessions.application.port.in.AuthenticateUseCase;
import com.loginsessions.application.port.in.AuthenticatedSession;

/** The caller check on its own, for every authenticated request that reads nothing in the same statement. */
public final class AuthenticateService implements AuthenticateUseCase {

    private final CallerCheck callerCheck;

    public AuthenticateService(CallerCheck callerCheck) {
        this.callerCheck = callerCheck;
    }

    @Override
    public AuthenticatedSession authenticate(AuthenticateCommand command) {
        return callerCheck.confirm(command.accessToken());
    }
}
