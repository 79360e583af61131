package com.loginsessions.application.port.in;

public interface AuthenticateUseCase {

    /**
     * The check every authenticated request goes through: the token must be genuine and unexpired, and its session
     * must still exist. Costs one store round trip.
     *
     * @throws NotAuthenticatedException the token is not valid, or its session has ended
     */
    AuthenticatedSession authenticate(AuthenticateCommand command);
}
