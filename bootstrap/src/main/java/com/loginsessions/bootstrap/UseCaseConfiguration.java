package com.loginsessions.bootstrap;

import com.loginsessions.adapter.out.token.JwtTokens;
import com.loginsessions.application.port.in.AuthenticateUseCase;
import com.loginsessions.application.port.in.ListSessionsUseCase;
import com.loginsessions.application.port.in.LoginUseCase;
import com.loginsessions.application.port.in.LogoutUseCase;
import com.loginsessions.application.port.in.RegisterUseCase;
import com.loginsessions.application.port.in.RevokeOtherSessionsUseCase;
import com.loginsessions.application.port.in.RevokeSessionUseCase;
import com.loginsessions.application.port.out.AttemptThrottle;
import com.loginsessions.application.port.out.DeviceDetector;
import com.loginsessions.application.port.out.PasswordHasher;
import com.loginsessions.application.port.out.PhoneNumberNormalizer;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.application.port.out.UserStore;
import com.loginsessions.application.service.AuthenticateService;
import com.loginsessions.application.service.ListSessionsService;
import com.loginsessions.application.service.LoginService;
import com.loginsessions.application.service.LogoutService;
import com.loginsessions.application.service.RegisterService;
import com.loginsessions.application.service.RevokeOtherSessionsService;
import com.loginsessions.application.service.RevokeSessionService;
import com.loginsessions.application.service.ThrottlePolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, created with {@code new}: the core knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    ThrottlePolicy throttlePolicy(AttemptThrottle attempts, SessionServiceProperties properties) {
        SessionServiceProperties.LoginThrottle limits = properties.loginThrottle();
        return new ThrottlePolicy(attempts, limits.maxFailuresPerPhone(), limits.maxFailuresPerAddress(),
                limits.window());
    }

    @Bean
    RegisterUseCase registerUseCase(UserStore users, PasswordHasher hasher, PhoneNumberNormalizer phones,
                                    ThrottlePolicy throttle, Clock clock) {
        return new RegisterService(users, hasher, phones, throttle, clock);
    }

    @Bean
    LoginUseCase loginUseCase(UserStore users, SessionStore sessions, PasswordHasher hasher,
                              PhoneNumberNormalizer phones, JwtTokens tokens, DeviceDetector devices,
                              ThrottlePolicy throttle, Clock clock) {
        return new LoginService(users, sessions, hasher, phones, tokens, devices, throttle, clock);
    }

    @Bean
    AuthenticateUseCase authenticateUseCase(JwtTokens tokens, SessionStore sessions, Clock clock) {
        return new AuthenticateService(tokens, sessions, clock);
    }

    @Bean
    ListSessionsUseCase listSessionsUseCase(SessionStore sessions) {
        return new ListSessionsService(sessions);
    }

    @Bean
    RevokeSessionUseCase revokeSessionUseCase(SessionStore sessions) {
        return new RevokeSessionService(sessions);
    }

    @Bean
    RevokeOtherSessionsUseCase revokeOtherSessionsUseCase(SessionStore sessions, UnitOfWork unitOfWork) {
        return new RevokeOtherSessionsService(sessions, unitOfWork);
    }

    @Bean
    LogoutUseCase logoutUseCase(SessionStore sessions) {
        return new LogoutService(sessions);
    }
}
