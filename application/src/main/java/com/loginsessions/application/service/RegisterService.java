package com.loginsessions.application.service;

import com.loginsessions.application.port.in.PhoneAlreadyRegisteredException;
import com.loginsessions.application.port.in.RegisterCommand;
import com.loginsessions.application.port.in.RegisterUseCase;
import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.domain.InvalidInputException;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.User;
import java.time.Clock;

public final class RegisterService implements RegisterUseCase {

    private final UserStore users;
    private final PasswordHasher passwordHasher;
    private final PhoneNumberNormalizer phoneNumbers;
    private final Clock clock;

    public RegisterService(UserStore users, PasswordHasher passwordHasher, PhoneNumberNormalizer phoneNumbers,
                           Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.phoneNumbers = phoneNumbers;
        this.clock = clock;
    }

    @Override
    public User register(RegisterCommand command) {
        PhoneNumber phone = phoneNumbers.normalize(command.phone())
                .orElseThrow(() -> new InvalidInputException("phone is not a valid phone number"));
        User user = User.register(phone, passwordHasher.hash(command.password()), clock.instant());
        if (!users.addIfPhoneUnused(user)) {
            throw new PhoneAlreadyRegisteredException();
        }
        return user;
    }
}
