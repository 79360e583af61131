package com.loginsessions.application.service;

import com.loginsessions.application.port.in.PhoneAlreadyRegisteredException;
import com.loginsessions.application.port.in.RegisterCommand;
import com.loginsessions.application.port.in.RegisteredAccount;
import com.loginsessions.application.port.in.RegisterUseCase;
import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.domain.InvalidInputException;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.User;
import java.time.Clock;
import java.time.Instant;

public final class RegisterService implements RegisterUseCase {

    private final UserStore users;
    private final PasswordHasher passwordHasher;
    private final PhoneNumberNormalizer phoneNumbers;
    private final ThrottlePolicy throttle;
    private final Clock clock;

    public RegisterService(UserStore users, PasswordHasher passwordHasher, PhoneNumberNormalizer phoneNumbers,
                           ThrottlePolicy throttle, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.phoneNumbers = phoneNumbers;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Every sign-up costs a password hash, and a "number taken" answer tells whether an account exists, so each
     * one counts against the client network's sign-up budget: sign-up is neither a cheap way to load the service
     * nor a faster way to probe for accounts than signing in.
     */
    @Override
    public RegisteredAccount register(RegisterCommand command) {
        Instant now = clock.instant();
        TypedPhone.requireCountryCode(phoneNumbers, command.phone());
        PhoneNumber phone = phoneNumbers.normalize(command.phone())
                .orElseThrow(() -> new InvalidInputException("phone is not a valid phone number"));
        throttle.countSignUp(command.ipAddress(), now);
        User user = User.register(phone, passwordHasher.hash(command.password()), now);
        if (!users.addIfPhoneUnused(user)) {
            throw new PhoneAlreadyRegisteredException();
        }
        return new RegisteredAccount(user.id(), user.phone(), user.createdAt());
    }
}
