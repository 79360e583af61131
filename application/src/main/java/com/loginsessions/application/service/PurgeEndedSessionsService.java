package com.loginsessions.application.service;

import com.loginsessions.application.port.in.PurgeEndedSessionsCommand;
import com.loginsessions.application.port.in.PurgeEndedSessionsUseCase;
import com.loginsessions.application.port.out.SecurityEventHistory;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.domain.SecurityEvent.RevokedBy;
import com.loginsessions.domain.SecurityEvent.SessionRevoked;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionLifetime;
import com.loginsessions.domain.SessionLifetime.LiveAt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

public final class PurgeEndedSessionsService implements PurgeEndedSessionsUseCase {

    private final SessionStore sessions;
    private final ThrottlePolicy throttle;
    private final SecurityEvents events;
    private final SecurityEventHistory history;
    private final Duration eventRetention;
    private final UnitOfWork unitOfWork;
    private final SessionLifetime lifetime;
    private final Clock clock;

    /** @param eventRetention how long security events are kept */
    public PurgeEndedSessionsService(SessionStore sessions, ThrottlePolicy throttle, SecurityEvents events,
                                       SecurityEventHistory history, Duration eventRetention, UnitOfWork unitOfWork,
                                       SessionLifetime lifetime, Clock clock) {
        if (eventRetention.isNegative() || eventRetention.isZero()) {
            throw new IllegalArgumentException("the event retention must be positive");
        }
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
        this.history = history;
        this.eventRetention = eventRetention;
        this.unitOfWork = unitOfWork;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /**
     * Ended sessions, then security events past their retention, then ended throttle windows. Each batch is its own
     * short transaction, so no table is locked for long.
     */
    @Override
    public int purgeEnded(PurgeEndedSessionsCommand command) {
        Instant now = clock.instant();
        LiveAt at = lifetime.liveAt(now);
        int total = 0;
        for (int batch = 0; batch < command.maxBatches(); batch++) {
            int purged = unitOfWork.inTransaction(() -> {
                List<Session> expired = sessions.purgeEnded(at, command.batchSize());
                expired.forEach(s -> events.record(SessionRevoked.of(now, s, RevokedBy.EXPIRY)));
                return expired.size();
            });
            total += purged;
            if (purged < command.batchSize()) {
                break;
            }
        }
        for (int batch = 0; batch < command.maxBatches(); batch++) {
            if (history.purgeOlderThan(now.minus(eventRetention), command.batchSize()) < command.batchSize()) {
                break;
            }
        }
        throttle.purgeEnded(now);
        return total;
    }
}
