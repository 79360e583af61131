package com.loginsessions.application.port.in;

public interface RegisterUseCase {

    /**
     * @throws com.loginsessions.domain.InvalidInputException the phone number or the password is not acceptable
     * @throws PhoneAlreadyRegisteredException an account with this phone number exists
     * @throws TooManyAttemptsException this address has probed too many taken numbers; counted with failed logins
     */
    RegisteredAccount register(RegisterCommand command);
}
