package com.loginsessions.application.port.in;

public interface LogoutUseCase {

    /** Ends the caller's own session. Ending one that another request ended a moment ago is not an error. */
    void logout(LogoutCommand command);
}
