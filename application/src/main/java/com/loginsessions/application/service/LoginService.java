package com.loginsessions.application.service;

import com.loginsessions.application.port.in.InvalidCredentialsException;
import com.loginsessions.application.port.in.LoginCommand;
import com.loginsessions.application.port.in.LoginResult;
import com.loginsessions.application.port.in.LoginUseCase;
import com.loginsessions.application.port.in.TooManyAttemptsException;
import com.loginsessions.application.port.out.DeviceDetector;
import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.TokenIssuer;
import com.loginsessions.application.port.out.TokenIssuer.IssuedToken;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.application.service.ThrottlePolicy.SignInKeys;
import com.loginsessions.application.service.ThrottlePolicy.SignInRefusal;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.PhoneNumber;
import com.loginsessions.domain.SecurityEvent.LoginFailed;
import com.loginsessions.domain.SecurityEvent.LoginSucceeded;
import com.loginsessions.domain.SecurityEvent.LoginThrottled;
import com.loginsessions.domain.SecurityEvent.RevokedBy;
import com.loginsessions.domain.SecurityEvent.SessionRevoked;
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

public final class LoginService implements LoginUseCase {

    private final UserStore users;
    private final SessionStore sessions;
    private final PhoneNumberNormalizer phoneNumbers;
    private final TokenIssuer tokenIssuer;
    private final DeviceDetector deviceDetector;
    private final ThrottlePolicy throttle;
    private final SecurityEvents events;
    private final UnitOfWork unitOfWork;
    private final SessionSettings settings;
    private final PasswordCheck passwordCheck;
    private final Clock clock;

    public LoginService(UserStore users, SessionStore sessions, PasswordCheck passwordCheck,
                        PhoneNumberNormalizer phoneNumbers, TokenIssuer tokenIssuer, DeviceDetector deviceDetector,
                        ThrottlePolicy throttle, SecurityEvents events, UnitOfWork unitOfWork,
                        SessionSettings settings, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwordCheck = passwordCheck;
        this.phoneNumbers = phoneNumbers;
        this.tokenIssuer = tokenIssuer;
        this.deviceDetector = deviceDetector;
        this.throttle = throttle;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public LoginResult login(LoginCommand command) {
        Instant now = clock.instant();
        TypedPhone.requireCountryCode(phoneNumbers, command.phone());
        Optional<PhoneNumber> phone = phoneNumbers.normalize(command.phone());
        SignInKeys keys = throttle.signInKeys(phone.map(PhoneNumber::e164).orElse(command.phone()), command.ipAddress());
        Optional<User> account = phone.flatMap(users::findByPhone);
        Optional<UserId> accountId = account.map(User::id);
        Optional<LoginResult> started;
        try {
            started = throttle.attempt(keys.limited(), keys.phoneFromNetwork(), now,
                    () -> passwordCheck.matches(command.password(), account.map(User::passwordHash))
                            ? startSession(account.get(), command, now)
                            : Optional.empty(),
                    () -> events.record(new LoginFailed(now, accountId, command.ipAddress())));
        } catch (TooManyAttemptsException refused) {
            unitOfWork.inTransaction(() -> {
                SignInRefusal refusal = throttle.refusedSignIn(keys, refused, now);
                // A refusal by the network's limit is about the network, whatever number it tried: no account's feed.
                events.record(new LoginThrottled(now, refusal.ofTheNumber() ? accountId : Optional.empty(),
                        command.ipAddress(), refusal.attempts()));
                return null;
            });
            throw refused;
        }
        if (started.isEmpty()) {
            throw new InvalidCredentialsException();
        }
        return started.get();
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
            events.record(LoginSucceeded.of(session, newDevice, newAddress));
            evicted.forEach(old -> events.record(SessionRevoked.of(now, old, RevokedBy.CAP)));
            return true;
        });
        return started
                ? Optional.of(new LoginResult(token.value(), Duration.between(now, token.expiresAt()), sessionId))
                : Optional.empty();
    }
}
