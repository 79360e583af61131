package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.ChangePasswordCommand;
import com.loginsessions.application.port.in.ChangePasswordUseCase;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.in.WrongPasswordException;
import com.loginsessions.application.port.out.AttemptThrottle.ThrottleKey;
import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.application.port.out.SecurityEvent;
import com.loginsessions.application.port.out.SecurityEvent.RevokedBy;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.SessionLifetime;
import com.loginsessions.domain.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class ChangePasswordService implements ChangePasswordUseCase {

    private final UserStore users;
    private final SessionStore sessions;
    private final PasswordHasher passwordHasher;
    private final ThrottlePolicy throttle;
    private final SecurityEvents events;
    private final UnitOfWork unitOfWork;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public ChangePasswordService(UserStore users, SessionStore sessions, PasswordHasher passwordHasher,
                                 ThrottlePolicy throttle, SecurityEvents events, UnitOfWork unitOfWork,
                                 SessionLifetime lifetime, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A wrong current password spends the account's and the address's sign-in budget, like a failed login. */
    @Override
    public int changePassword(ChangePasswordCommand command) {
        AuthenticatedSession caller = command.caller();
        Instant now = clock.instant();
        User user = users.findById(caller.userId())
                .orElseThrow(() -> new NotAuthenticatedException("the account no longer exists"));
        List<ThrottleKey> keys = List.of(throttle.phoneKey(user.phone().e164()),
                throttle.addressKey(command.ipAddress()));
        throttle.checkAllowed(keys, now);
        if (!passwordHasher.matches(command.currentPassword(), user.passwordHash())) {
            throttle.recordFailure(keys, now);
            events.record(SecurityEvent.attempt(SecurityEvent.Type.PASSWORD_CHANGE_FAILED, now, user.id(),
                    command.ipAddress()));
            throw new WrongPasswordException();
        }
        PasswordHash newHash = passwordHasher.hash(command.newPassword());
        return unitOfWork.inTransaction(() -> {
            users.changePasswordHash(user.id(), newHash);
            int revoked = sessions.removeAllExcept(user.id(), caller.sessionId(), lifetime.liveAt(now))
                    .orElseThrow(NotAuthenticatedException::sessionEnded);
            events.record(new SecurityEvent(SecurityEvent.Type.PASSWORD_CHANGED, now, user.id(), caller.sessionId(),
                    command.ipAddress(), null, RevokedBy.PASSWORD_CHANGE, revoked, null, null));
            return revoked;
        });
    }
}
