package com.loginsessions.application.service;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.ChangePasswordCommand;
import com.loginsessions.application.port.in.ChangePasswordUseCase;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.in.WrongPasswordException;
import com.loginsessions.application.port.out.AttemptThrottle.ThrottleKey;
import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.SecurityEvent.PasswordChangeFailed;
import com.loginsessions.domain.SecurityEvent.PasswordChanged;
import com.loginsessions.domain.SessionLifetime;
import com.loginsessions.domain.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class ChangePasswordService implements ChangePasswordUseCase {

    private final UserStore users;
    private final SessionStore sessions;
    private final PasswordCheck passwordCheck;
    private final PasswordHasher passwordHasher;
    private final ThrottlePolicy throttle;
    private final SecurityEvents events;
    private final UnitOfWork unitOfWork;
    private final SessionLifetime lifetime;
    private final Clock clock;

    public ChangePasswordService(UserStore users, SessionStore sessions, PasswordCheck passwordCheck,
                                 PasswordHasher passwordHasher, ThrottlePolicy throttle, SecurityEvents events,
                                 UnitOfWork unitOfWork,
                                 SessionLifetime lifetime, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwordCheck = passwordCheck;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /**
     * A wrong current password counts against this session's own budget only: other clients' failed sign-ins can
     * never block the owner's remedy. The new hash replaces the old only if no other change came first.
     */
    @Override
    public int changePassword(ChangePasswordCommand command) {
        AuthenticatedSession caller = command.caller();
        Instant now = clock.instant();
        User user = users.findById(caller.userId())
                .orElseThrow(() -> new NotAuthenticatedException("the account no longer exists"));
        ThrottleKey attempts = throttle.passwordChangeKey(caller.sessionId());
        boolean verified = throttle.check(List.of(attempts), attempts, now,
                () -> passwordCheck.matches(command.currentPassword(), Optional.of(user.passwordHash())),
                () -> events.record(new PasswordChangeFailed(now, user.id(), command.ipAddress())));
        if (!verified) {
            throw new WrongPasswordException();
        }
        PasswordHash newHash = passwordHasher.hash(command.newPassword());
        int revoked = unitOfWork.inTransaction(() -> {
            if (!users.changePasswordHash(user.id(), user.passwordHash(), newHash)) {
                throw new WrongPasswordException();
            }
            int others = sessions.removeAllExcept(user.id(), caller.sessionId(), lifetime.liveAt(now))
                    .orElseThrow(NotAuthenticatedException::sessionEnded);
            events.record(new PasswordChanged(now, user.id(), caller.sessionId(), command.ipAddress(), others));
            return others;
        });
        return revoked;
    }
}
