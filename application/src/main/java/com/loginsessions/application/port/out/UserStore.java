package com.loginsessions.application.port.out;

import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.User;
import com.loginsessions.domain.UserId;
import java.util.Optional;

public interface UserStore {

    /** Adds the user unless the phone number is taken, atomically. @return whether the user was added */
    boolean addIfPhoneUnused(User user);

    Optional<User> findByPhone(PhoneNumber phone);

    Optional<User> findById(UserId id);

    void changePasswordHash(UserId id, PasswordHash passwordHash);
}
