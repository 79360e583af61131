package com.loginsessions.bootstrap;

import com.loginsessions.application.port.in.AuthenticateUseCase;
import com.loginsessions.application.port.in.ChangePasswordUseCase;
import com.loginsessions.application.port.in.IntrospectTokenUseCase;
import com.loginsessions.application.port.in.ListSecurityEventsUseCase;
import com.loginsessions.application.port.in.ListSessionsUseCase;
import com.loginsessions.application.port.in.LoginUseCase;
import com.loginsessions.application.port.in.LogoutUseCase;
import com.loginsessions.application.port.in.PurgeEndedSessionsUseCase;
import com.loginsessions.application.port.in.RegisterUseCase;
import com.loginsessions.application.port.in.RevokeOtherSessionsUseCase;
import com.loginsessions.application.port.in.RevokeSessionUseCase;
import com.loginsessions.application.port.out.AttemptThrottle;
import com.loginsessions.application.port.out.DeviceDetector;
import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import com.loginsessions.application.port.out.SecurityEventHistory;
import com.loginsessions.adapter.out.observability.SecurityEventFanOut;
import com.loginsessions.adapter.out.observability.SecurityEventObservers;
import com.loginsessions.application.port.out.SecurityEventFeed;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.TokenIssuer;
import com.loginsessions.application.port.out.TokenVerifier;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.application.service.AuthenticateService;
import com.loginsessions.application.service.CallerCheck;
import com.loginsessions.application.service.ChangePasswordService;
import com.loginsessions.application.service.IntrospectTokenService;
import com.loginsessions.application.service.ListSecurityEventsService;
import com.loginsessions.application.service.ListSessionsService;
import com.loginsessions.application.service.LoginService;
import com.loginsessions.application.service.LogoutService;
import com.loginsessions.application.service.PasswordCheck;
import com.loginsessions.application.service.PurgeEndedSessionsService;
import com.loginsessions.application.service.RegisterService;
import com.loginsessions.application.service.RevokeOtherSessionsService;
import com.loginsessions.application.service.RevokeSessionService;
import com.loginsessions.application.service.SessionSettings;
import com.loginsessions.application.service.ThrottlePolicy;
import com.loginsessions.domain.SessionLifetime;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, created with {@code new}: the core knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The one {@link SecurityEvents} the use cases get: the user's feed, in their unit of work, then the log and the
     * metrics once it has committed.
     */
    @Bean
    SecurityEvents securityEvents(SecurityEventFeed feed, UnitOfWork unitOfWork, SecurityEventObservers observers) {
        return new SecurityEventFanOut(feed, unitOfWork, observers.all());
    }

    /** The one decoy hash and password comparison that sign-in and password change share. */
    @Bean
    PasswordCheck passwordCheck(PasswordHasher hasher) {
        return new PasswordCheck(hasher);
    }

    @Bean
    SessionLifetime sessionLifetime(SessionServiceProperties properties) {
        return new SessionLifetime(properties.session().idleTimeout(), properties.session().absoluteLifetime());
    }

    @Bean
    SessionSettings sessionSettings(SessionLifetime lifetime, SessionServiceProperties properties) {
        return new SessionSettings(lifetime, properties.session().maxPerUser());
    }

    @Bean
    ThrottlePolicy throttlePolicy(AttemptThrottle attempts, UnitOfWork unitOfWork, SessionServiceProperties properties) {
        SessionServiceProperties.LoginThrottle limits = properties.loginThrottle();
        return new ThrottlePolicy(attempts, unitOfWork, new ThrottlePolicy.Limits(
                limits.maxFailuresPerPhoneAndAddress(), limits.maxFailuresPerPhone(), limits.maxFailuresPerAddress(),
                limits.maxSignUpsPerAddress(), limits.maxPasswordChangeFailures(), limits.ipv6PrefixLength(),
                limits.window()));
    }

    @Bean
    RegisterUseCase registerUseCase(UserStore users, PasswordHasher hasher, PhoneNumberNormalizer phones,
                                    ThrottlePolicy throttle, Clock clock) {
        return new RegisterService(users, hasher, phones, throttle, clock);
    }

    @Bean
    LoginUseCase loginUseCase(UserStore users, SessionStore sessions, PasswordCheck passwordCheck,
                              PhoneNumberNormalizer phones, TokenIssuer tokens, DeviceDetector devices,
                              ThrottlePolicy throttle, SecurityEvents events, UnitOfWork unitOfWork,
                              SessionSettings settings, Clock clock) {
        return new LoginService(users, sessions, passwordCheck, phones, tokens, devices, throttle, events, unitOfWork,
                settings, clock);
    }

    /** The one rule for who is calling, behind both ways the store confirms a caller. */
    @Bean
    CallerCheck callerCheck(TokenVerifier tokens, SessionStore sessions, SessionLifetime lifetime, Clock clock) {
        return new CallerCheck(tokens, sessions, lifetime, clock);
    }

    @Bean
    AuthenticateUseCase authenticateUseCase(CallerCheck callerCheck) {
        return new AuthenticateService(callerCheck);
    }

    @Bean
    IntrospectTokenUseCase introspectTokenUseCase(CallerCheck callerCheck) {
        return new IntrospectTokenService(callerCheck);
    }

    @Bean
    ListSessionsUseCase listSessionsUseCase(CallerCheck callerCheck, SessionStore sessions, SessionLifetime lifetime) {
        return new ListSessionsService(callerCheck, sessions, lifetime);
    }

    @Bean
    RevokeSessionUseCase revokeSessionUseCase(SessionStore sessions, SecurityEvents events, UnitOfWork unitOfWork,
                                              SessionLifetime lifetime, Clock clock) {
        return new RevokeSessionService(sessions, events, unitOfWork, lifetime, clock);
    }

    @Bean
    RevokeOtherSessionsUseCase revokeOtherSessionsUseCase(SessionStore sessions, SecurityEvents events,
                                                          UnitOfWork unitOfWork, SessionLifetime lifetime,
                                                          Clock clock) {
        return new RevokeOtherSessionsService(sessions, events, unitOfWork, lifetime, clock);
    }

    @Bean
    LogoutUseCase logoutUseCase(SessionStore sessions, SecurityEvents events, UnitOfWork unitOfWork,
                                SessionLifetime lifetime, Clock clock) {
        return new LogoutService(sessions, events, unitOfWork, lifetime, clock);
    }

    @Bean
    ChangePasswordUseCase changePasswordUseCase(UserStore users, SessionStore sessions, PasswordCheck passwordCheck,
                                                PasswordHasher hasher, ThrottlePolicy throttle, SecurityEvents events,
                                                UnitOfWork unitOfWork, SessionLifetime lifetime, Clock clock) {
        return new ChangePasswordService(users, sessions, passwordCheck, hasher, throttle, events, unitOfWork,
                lifetime, clock);
    }

    @Bean
    ListSecurityEventsUseCase listSecurityEventsUseCase(SecurityEventHistory history) {
        return new ListSecurityEventsService(history);
    }

    @Bean
    PurgeEndedSessionsUseCase purgeEndedSessionsUseCase(SessionStore sessions, ThrottlePolicy throttle,
                                                            SecurityEvents events, SecurityEventHistory history,
                                                            UnitOfWork unitOfWork, SessionLifetime lifetime,
                                                            SessionServiceProperties properties, Clock clock) {
        return new PurgeEndedSessionsService(sessions, throttle, events, history,
                properties.securityEvents().retention(), unitOfWork, lifetime, clock);
    }
}
