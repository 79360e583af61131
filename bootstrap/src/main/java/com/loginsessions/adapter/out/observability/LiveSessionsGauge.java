package com.loginsessions.adapter.out.observability;

import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.domain.SessionLifetime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Counts live sessions at most every 15 s however often metrics are scraped; NaN while the database is away. */
final class LiveSessionsGauge {

    private static final Duration REFRESH = Duration.ofSeconds(15);

    private final SessionStore sessions;
    private final SessionLifetime lifetime;
    private final Clock clock;
    private double value = Double.NaN;
    private Instant countedAt = Instant.MIN;

    LiveSessionsGauge(SessionStore sessions, SessionLifetime lifetime, Clock clock) {
        this.sessions = sessions;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    synchronized double value() {
        Instant now = clock.instant();
        if (countedAt.plus(REFRESH).isBefore(now)) {
            countedAt = now;
            try {
                value = sessions.countLive(lifetime.liveAt(now));
            } catch (RuntimeException e) {
                value = Double.NaN;
            }
        }
        return value;
    }
}
