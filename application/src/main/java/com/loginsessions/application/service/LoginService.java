package com.loginsessions.application.service;

import com.loginsessions.application.port.in.InvalidCredentialsException;
import com.loginsessions.application.port.in.LoginCommand;
import com.loginsessions.application.port.in.LoginResult;
import com.loginsessions.application.port.in.LoginUseCase;
import com.loginsessions.application.port.out.DeviceDetector;
import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.TokenIssuer;
import com.loginsessions.application.port.out.TokenIssuer.IssuedToken;
import com.loginsessions.application.port.out.AttemptThrottle.ThrottleKey;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.PasswordPolicy;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class LoginService implements LoginUseCase {

    private final UserStore users;
    private final SessionStore sessions;
    private final PasswordHasher passwordHasher;
    private final PhoneNumberNormalizer phoneNumbers;
    private final TokenIssuer tokenIssuer;
    private final DeviceDetector deviceDetector;
    private final ThrottlePolicy throttle;
    private final Clock clock;
    /** Verified against when there is no account, so an unknown number costs the same hash as a wrong password. */
    private final PasswordHash decoyHash;

    public LoginService(UserStore users, SessionStore sessions, PasswordHasher passwordHasher,
                        PhoneNumberNormalizer phoneNumbers, TokenIssuer tokenIssuer, DeviceDetector deviceDetector,
                        ThrottlePolicy throttle, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwordHasher = passwordHasher;
        this.phoneNumbers = phoneNumbers;
        this.tokenIssuer = tokenIssuer;
        this.deviceDetector = deviceDetector;
        this.throttle = throttle;
        this.clock = clock;
        this.decoyHash = passwordHasher.hash("decoy password that no account has " + SessionId.newId());
    }

    @Override
    public LoginResult login(LoginCommand command) {
        Instant now = clock.instant();
        Optional<PhoneNumber> phone = phoneNumbers.normalize(command.phone());
        ThrottleKey phoneKey = throttle.phoneKey(phone.map(PhoneNumber::e164).orElse(command.phone()));
        List<ThrottleKey> keys = List.of(phoneKey, throttle.addressKey(command.ipAddress()));
        throttle.checkAllowed(keys, now);
        Optional<User> user = checkedCredentials(phone, command.password());
        if (user.isEmpty()) {
            throttle.recordFailure(keys, now);
            throw new InvalidCredentialsException();
        }
        throttle.recordSuccess(phoneKey);
        return startSession(user.get(), command, now);
    }

    private LoginResult startSession(User user, LoginCommand command, Instant now) {
        SessionId sessionId = SessionId.newId();
        IssuedToken token = tokenIssuer.issue(user.id(), sessionId, now);
        sessions.add(Session.start(sessionId, user.id(), TokenHash.of(token.value()),
                deviceDetector.detect(command.device()), command.ipAddress(), now));
        return new LoginResult(token.value(), Duration.between(now, token.expiresAt()), sessionId);
    }

    /** Exactly one password verification whatever the outcome, so timing does not tell whether an account exists. */
    private Optional<User> checkedCredentials(Optional<PhoneNumber> phone, String password) {
        if (PasswordPolicy.isImpossiblyLong(password)) {
            return Optional.empty();
        }
        Optional<User> user = phone.flatMap(users::findByPhone);
        boolean matches = passwordHasher.matches(password, user.map(User::passwordHash).orElse(decoyHash));
        return matches ? user : Optional.empty();
    }
}
