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

    /**
     * Inside a unit of work: locks the user's row until the unit of work ends, provided its password hash is still
     * {@code verified}. A credential change takes the same lock ({@link #changePasswordHash}), so a sign-in that
     * verified a password while it was being changed either commits first (and the change then signs its session
     * out with the others) or sees the new hash here and loses.
     *
     * @return false when the password changed (or the user is gone) since {@code verified} was read
     */
    boolean lockIfPasswordUnchanged(UserId id, PasswordHash verified);

    /**
     * Replaces the password hash if it is still {@code expected}, atomically, so of two concurrent changes made
     * with the same current password only one wins.
     *
     * @return whether the hash was replaced
     */
    boolean changePasswordHash(UserId id, PasswordHash expected, PasswordHash replacement);
}
