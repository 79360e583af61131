package com.loginsessions.application.port.in;

public interface ChangePasswordUseCase {

    /**
     * Replaces the caller's password and, in the same transaction, signs out every other session of the user
     * (OWASP ASVS 7.4.3); the caller's session stays.
     *
     * @return how many other sessions were signed out
     * @throws WrongPasswordException the current password is wrong (counted like a failed sign-in)
     * @throws TooManyAttemptsException too many wrong passwords for this account or address
     * @throws com.loginsessions.domain.InvalidInputException the new password is outside the policy
     */
    int changePassword(ChangePasswordCommand command);
}
