package com.loginsessions.adapter.out.observability;

import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.domain.SessionLifetime;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Committed security events are logged and counted; live sessions are a gauge; every request is timed.
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    /** The observers of committed security events; the composition root hands them to {@link SecurityEventFanOut}. */
    @Bean
    SecurityEventObservers securityEventObservers(MeterRegistry registry) {
        return new SecurityEventObservers(List.of(new LoggingSecurityEvents(), new MeteredSecurityEvents(registry)));
    }

    /**
     * Replaces Spring's per-request HTTP observation (its auto-configuration is excluded in application.yml): the
     * same {@code http.server.requests} timer, recorded outermost so it times every other filter too.
     */
    @Bean
    FilterRegistrationBean<RequestTimingFilter> requestTimingFilter(MeterRegistry registry) {
        FilterRegistrationBean<RequestTimingFilter> registration =
                new FilterRegistrationBean<>(new RequestTimingFilter(registry));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** {@code writableDatabase} in the readiness group (application.yml). */
    @Bean
    WritableDatabaseHealthIndicator writableDatabaseHealthIndicator(JdbcTemplate jdbc) {
        return new WritableDatabaseHealthIndicator(jdbc);
    }

    @Bean
    LiveSessionsGauge liveSessionsGauge(SessionStore sessions, SessionLifetime lifetime, Clock clock,
                                        MeterRegistry registry) {
        LiveSessionsGauge gauge = new LiveSessionsGauge(sessions, lifetime, clock);
        Gauge.builder("sessions.live", gauge, LiveSessionsGauge::value)
                .description("Sessions that are neither signed out nor expired (refreshed at most every 15 s)")
                .register(registry);
        return gauge;
    }
}
