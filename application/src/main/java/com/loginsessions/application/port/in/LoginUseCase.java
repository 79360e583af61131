package com.loginsessions.application.port.in;

public interface LoginUseCase {

    /**
     * Checks the credentials and starts a session for the device described in the command.
     *
     * @throws InvalidCredentialsException the phone number is unknown or the password wrong (callers cannot tell which)
     */
    LoginResult login(LoginCommand command);
}
