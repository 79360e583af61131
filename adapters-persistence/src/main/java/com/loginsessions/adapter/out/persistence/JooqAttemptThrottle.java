package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.JooqSessionStore.utc;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.LOGIN_THROTTLE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import com.loginsessions.adapter.out.persistence.jooq.tables.records.LoginThrottleRecord;
import com.loginsessions.application.port.out.AttemptThrottle;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Fixed-window failure counters in PostgreSQL, so every instance of the service shares them. */
public class JooqAttemptThrottle implements AttemptThrottle {

    private final DSLContext dsl;

    public JooqAttemptThrottle(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Duration> blockedFor(Collection<ThrottleKey> keys, Instant now) {
        Map<String, ThrottleKey> byValue = keys.stream()
                .collect(Collectors.toMap(ThrottleKey::value, Function.identity(), (a, b) -> a));
        Optional<Duration> longest = Optional.empty();
        for (LoginThrottleRecord row : dsl.selectFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.in(byValue.keySet()))
                .fetch()) {
            ThrottleKey key = byValue.get(row.getThrottleKey());
            Instant windowEnds = row.getWindowStartedAt().toInstant().plus(key.window());
            if (row.getFailures() >= key.limit() && now.isBefore(windowEnds)) {
                Duration wait = Duration.between(now, windowEnds);
                if (longest.isEmpty() || wait.compareTo(longest.get()) > 0) {
                    longest = Optional.of(wait);
                }
            }
        }
        return longest;
    }

    /** One atomic upsert per key: concurrent failures are all counted, and an ended window restarts at 1. */
    @Override
    public void recordFailure(Collection<ThrottleKey> keys, Instant now) {
        for (ThrottleKey key : keys) {
            OffsetDateTime windowEndedBefore = utc(now.minus(key.window()));
            dsl.insertInto(LOGIN_THROTTLE)
                    .set(LOGIN_THROTTLE.THROTTLE_KEY, key.value())
                    .set(LOGIN_THROTTLE.FAILURES, 1)
                    .set(LOGIN_THROTTLE.WINDOW_STARTED_AT, utc(now))
                    .onConflict(LOGIN_THROTTLE.THROTTLE_KEY)
                    .doUpdate()
                    .set(LOGIN_THROTTLE.FAILURES, when(LOGIN_THROTTLE.WINDOW_STARTED_AT.le(windowEndedBefore), inline(1))
                            .otherwise(LOGIN_THROTTLE.FAILURES.plus(1)))
                    .set(LOGIN_THROTTLE.WINDOW_STARTED_AT, when(LOGIN_THROTTLE.WINDOW_STARTED_AT.le(windowEndedBefore), utc(now))
                            .otherwise(LOGIN_THROTTLE.WINDOW_STARTED_AT))
                    .execute();
        }
    }

    @Override
    public void reset(ThrottleKey key) {
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key.value())).execute();
    }

    @Override
    public int purgeEndedBefore(Instant before) {
        return dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.WINDOW_STARTED_AT.lt(utc(before))).execute();
    }
}
