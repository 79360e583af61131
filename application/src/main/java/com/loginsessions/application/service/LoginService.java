package com.loginsessions.application.service;

import com.loginsessions.application.port.in.InvalidCredentialsException;
import com.loginsessions.application.port.in.LoginCommand;
import com.loginsessions.application.port.in.LoginResult;
import com.loginsessions.application.port.in.LoginUseCase;
import com.loginsessions.application.port.in.TooManyAttemptsException;
import com.loginsessions.application.port.out.DeviceDetector;
import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import com.loginsessions.application.port.out.SecurityEvent;
import com.loginsessions.application.port.out.SecurityEvent.RevokedBy;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.TokenIssuer;
import com.loginsessions.application.port.out.TokenIssuer.IssuedToken;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.application.service.ThrottlePolicy.SignInKeys;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.PasswordHash;
import com.loginsessions.domain.PasswordPolicy;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.SessionLifetime.LiveAt;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.User;
import com.loginsessions.domain.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

public final class LoginService implements LoginUseCase {

    private final UserStore users;
    private final SessionStore sessions;
    private final PasswordHasher passwordHasher;
    private final PhoneNumberNormalizer phoneNumbers;
    private final TokenIssuer tokenIssuer;
    private final DeviceDetector deviceDetector;
    private final ThrottlePolicy throttle;
    private final SecurityEvents events;
    private final UnitOfWork unitOfWork;
    private final SessionSettings settings;
    private final Clock clock;
    /**
     * Verified against when there is no account, so an unknown number costs the same hash as a wrong password.
     * Hashed in the background: one Argon2 hash (~0.3 s at start-up on 2 cores) need not delay start-up.
     */
    private final CompletableFuture<PasswordHash> decoyHash;

    public LoginService(UserStore users, SessionStore sessions, PasswordHasher passwordHasher,
                        PhoneNumberNormalizer phoneNumbers, TokenIssuer tokenIssuer, DeviceDetector deviceDetector,
                        ThrottlePolicy throttle, SecurityEvents events, UnitOfWork unitOfWork,
                        SessionSettings settings, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwordHasher = passwordHasher;
        this.phoneNumbers = phoneNumbers;
        this.tokenIssuer = tokenIssuer;
        this.deviceDetector = deviceDetector;
        this.throttle = throttle;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.settings = settings;
        this.clock = clock;
        this.decoyHash = CompletableFuture.supplyAsync(
                () -> passwordHasher.hash("decoy password that no account has " + SessionId.newId()));
    }

    @Override
    public LoginResult login(LoginCommand command) {
        Instant now = clock.instant();
        TypedPhone.requireCountryCode(phoneNumbers, command.phone());
        Optional<PhoneNumber> phone = phoneNumbers.normalize(command.phone());
        SignInKeys keys = throttle.signInKeys(phone.map(PhoneNumber::e164).orElse(command.phone()), command.ipAddress());
        Optional<User> account = phone.flatMap(users::findByPhone);
        UserId accountOrNull = account.map(User::id).orElse(null);
        ThrottlePolicy.Attempt attempt;
        try {
            attempt = throttle.admit(keys.limited(), now);
        } catch (TooManyAttemptsException refused) {
            events.record(SecurityEvent.refused(now, accountOrNull, command.ipAddress(), throttle.refused(keys, now)));
            throw refused;
        }
        Optional<LoginResult> started;
        try {
            started = passwordMatches(account, command.password())
                    ? startSession(account.get(), command, now)
                    : Optional.empty();
        } catch (RuntimeException e) {
            attempt.abandoned(e);
            throw e;
        }
        if (started.isEmpty()) {
            attempt.counts();
            events.record(SecurityEvent.attempt(SecurityEvent.Type.LOGIN_FAILED, now, accountOrNull, command.ipAddress()));
            throw new InvalidCredentialsException();
        }
        attempt.succeeded(keys.phoneFromNetwork());
        return started.get();
    }

    /** Exactly one password verification whatever the outcome, so timing does not tell whether an account exists. */
    private boolean passwordMatches(Optional<User> account, String password) {
        if (PasswordPolicy.isImpossiblyLong(password)) {
            return false;
        }
        boolean matches = passwordHasher.matches(password, account.map(User::passwordHash).orElseGet(decoyHash::join));
        return matches && account.isPresent();
    }

    /**
     * Starts the session unless the password changed since it was verified: the check and the insert share one unit
     * of work under the user's row lock, which a password change also takes.
     *
     * @return empty when the verified password is no longer the account's
     */
    private Optional<LoginResult> startSession(User user, LoginCommand command, Instant now) {
        SessionId sessionId = SessionId.newId();
        IssuedToken token = tokenIssuer.issue(user.id(), sessionId, now, settings.lifetime().absoluteExpiryOf(now));
        Device device = deviceDetector.detect(command.device());
        Session session = Session.start(sessionId, user.id(), TokenHash.of(token.value()), device,
                command.ipAddress(), now, settings.lifetime());
        LiveAt at = settings.lifetime().liveAt(now);
        boolean started = unitOfWork.inTransaction(() -> {
            if (!users.lockIfPasswordUnchanged(user.id(), user.passwordHash())) {
                return false;
            }
            List<Session> known = sessions.findLiveOf(user.id(), at);
            boolean newDevice = known.stream().noneMatch(s -> s.device().equals(device));
            boolean newAddress = known.stream().noneMatch(s -> s.ipAddress().equals(command.ipAddress()));
            List<Session> evicted = sessions.addWithinCap(session, settings.maxSessionsPerUser(), at);
            events.record(SecurityEvent.loginSucceeded(session, newDevice, newAddress));
            evicted.forEach(old -> events.record(SecurityEvent.sessionRevoked(now, old, RevokedBy.CAP)));
            return true;
        });
        return started
                ? Optional.of(new LoginResult(token.value(), Duration.between(now, token.expiresAt()), sessionId))
                : Optional.empty();
    }
}
