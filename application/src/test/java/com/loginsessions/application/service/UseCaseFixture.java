package com.loginsessions.application.service;

import com.loginsessions.application.fakes.DirectUnitOfWork;
import com.loginsessions.application.fakes.FakeCredentials;
import com.loginsessions.application.fakes.InMemoryAttemptThrottle;
import com.loginsessions.application.fakes.InMemorySessionStore;
import com.loginsessions.application.fakes.InMemoryUserStore;
import com.loginsessions.application.fakes.MutableClock;
import com.loginsessions.application.fakes.RecordingSecurityEvents;
import com.loginsessions.application.port.DeviceSignals;
import com.loginsessions.application.port.in.AuthenticateCommand;
import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.LoginCommand;
import com.loginsessions.application.port.in.LoginResult;
import com.loginsessions.application.port.in.RegisterCommand;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SessionLifetime;
import java.time.Duration;
import java.time.Instant;

/** Every use case wired to in-memory fakes, as bootstrap wires them to the real adapters. */
final class UseCaseFixture {

    static final String PASSWORD = "correct horse battery";
    static final IpAddress ADDRESS = new IpAddress("198.51.100.7");

    final MutableClock clock = new MutableClock(Instant.parse("2026-05-21T04:32:17Z"));
    final InMemoryUserStore users = new InMemoryUserStore();
    final InMemorySessionStore sessions = new InMemorySessionStore();
    final FakeCredentials.CountingHasher hasher = new FakeCredentials.CountingHasher();
    final FakeCredentials.MemoryTokens tokens = new FakeCredentials.MemoryTokens();
    final RecordingSecurityEvents events = new RecordingSecurityEvents();
    final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    static final SessionLifetime LIFETIME = new SessionLifetime(Duration.ofDays(30), Duration.ofDays(90));
    static final int CAP = 5;
    final FakeCredentials.SimplePhoneNumbers phoneNumbers = new FakeCredentials.SimplePhoneNumbers();
    final InMemoryAttemptThrottle attempts = new InMemoryAttemptThrottle();
    final ThrottlePolicy throttle = new ThrottlePolicy(attempts, unitOfWork,
            new ThrottlePolicy.Limits(5, 10, 20, 20, 5, 64, Duration.ofMinutes(15)));

    final RegisterService register = new RegisterService(users, hasher, phoneNumbers, throttle, clock);
    final PasswordCheck passwordCheck = new PasswordCheck(hasher);
    final LoginService login = new LoginService(users, sessions, passwordCheck, phoneNumbers, tokens,
            new FakeCredentials.FixedDevice(), throttle, events, unitOfWork, new SessionSettings(LIFETIME, CAP), clock);
    final CallerCheck callerCheck = new CallerCheck(tokens, sessions, LIFETIME, clock);
    final AuthenticateService authenticate = new AuthenticateService(callerCheck);
    final ListSessionsService listSessions = new ListSessionsService(callerCheck, sessions, LIFETIME);
    final RevokeSessionService revokeSession = new RevokeSessionService(sessions, events, unitOfWork, LIFETIME, clock);
    final RevokeOtherSessionsService revokeOthers =
            new RevokeOtherSessionsService(sessions, events, unitOfWork, LIFETIME, clock);
    final LogoutService logout = new LogoutService(sessions, events, unitOfWork, LIFETIME, clock);
    final ChangePasswordService changePassword =
            new ChangePasswordService(users, sessions, passwordCheck, hasher, throttle, events, unitOfWork, LIFETIME, clock);
    final ListSecurityEventsService listEvents = new ListSecurityEventsService(events);
    final PurgeEndedSessionsService purge =
            new PurgeEndedSessionsService(sessions, throttle, events, events,
                    Duration.ofDays(180), unitOfWork, LIFETIME, clock);

    void registered(String phone) {
        register.register(new RegisterCommand(phone, PASSWORD, ADDRESS));
    }

    LoginResult loggedIn(String phone) {
        return login.login(loginCommand(phone, PASSWORD));
    }

    static LoginCommand loginCommand(String phone, String password) {
        return loginCommand(phone, password, ADDRESS);
    }

    static LoginCommand loginCommand(String phone, String password, IpAddress from) {
        return new LoginCommand(phone, password, from, DeviceSignals.userAgentOnly("Mozilla/5.0 (iPhone)"));
    }

    AuthenticatedSession caller(LoginResult login) {
        return authenticate.authenticate(new AuthenticateCommand(login.accessToken()));
    }
}
