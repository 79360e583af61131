package com.loginsessions.adapter.out.persistence;

import static com.loginsessions.adapter.out.persistence.Timestamps.utc;
import static com.loginsessions.adapter.out.persistence.jooq.Tables.LOGIN_THROTTLE;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import com.loginsessions.application.port.out.AttemptThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Fixed-window attempt counters in PostgreSQL, so every instance of the service shares them. {@code failures} are
 * the attempts that counted, {@code in_flight} those admitted and not finished.
 */
public class JooqAttemptThrottle implements AttemptThrottle {

    private final DSLContext dsl;

    public JooqAttemptThrottle(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One upsert that admits only while there is room (or starts a new window when the old one ended): the row lock
     * it takes serialises concurrent attempts on the key, and each sees what the last one left, so no burst gets
     * past the limit. Only an attempt that is not admitted needs a second statement, to say why.
     */
    @Override
    public Admission tryBegin(ThrottleKey key, Instant now) {
        Condition windowEnded = windowEnded(key, now);
        Optional<Integer> admitted = dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.THROTTLE_KEY, key.value())
                .set(LOGIN_THROTTLE.FAILURES, 0)
                .set(LOGIN_THROTTLE.IN_FLIGHT, 1)
                .set(LOGIN_THROTTLE.WINDOW_STARTED_AT, utc(now))
                .onConflict(LOGIN_THROTTLE.THROTTLE_KEY)
                .doUpdate()
                .set(LOGIN_THROTTLE.FAILURES, when(windowEnded, inline(0)).otherwise(LOGIN_THROTTLE.FAILURES))
                .set(LOGIN_THROTTLE.IN_FLIGHT, when(windowEnded, inline(1)).otherwise(LOGIN_THROTTLE.IN_FLIGHT.plus(1)))
                .set(LOGIN_THROTTLE.WINDOW_STARTED_AT, when(windowEnded, utc(now)).otherwise(LOGIN_THROTTLE.WINDOW_STARTED_AT))
                .where(windowEnded.or(LOGIN_THROTTLE.FAILURES.plus(LOGIN_THROTTLE.IN_FLIGHT).lt(key.limit())))
                .returningResult(LOGIN_THROTTLE.FAILURES)
                .fetchOptional(LOGIN_THROTTLE.FAILURES);
        if (admitted.isPresent()) {
            return new Admission.Admitted();
        }
        return dsl.select(LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.WINDOW_STARTED_AT)
                .from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key.value()))
                .fetchOptional()
                .filter(row -> row.value1() >= key.limit())
                .<Admission>map(row -> new Admission.Refused(atLeastOneSecond(
                        Duration.between(now, row.value2().toInstant().plus(key.window())))))
                .orElseGet(Admission.Busy::new);
    }

    @Override
    public void finish(ThrottleKey key, Outcome outcome) {
        dsl.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.IN_FLIGHT, greatest(LOGIN_THROTTLE.IN_FLIGHT.minus(1), inline(0)))
                .set(LOGIN_THROTTLE.FAILURES, switch (outcome) {
                    case COUNTS -> LOGIN_THROTTLE.FAILURES.plus(1);
                    case FREE -> LOGIN_THROTTLE.FAILURES;
                    case CLEARS -> inline(0);
                })
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key.value()))
                .execute();
    }

    @Override
    public void abandonInFlight(ThrottleKey key) {
        dsl.update(LOGIN_THROTTLE).set(LOGIN_THROTTLE.IN_FLIGHT, 0).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key.value())).execute();
    }

    @Override
    public int countUnlimited(ThrottleKey key, Instant now) {
        Condition windowEnded = windowEnded(key, now);
        return dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.THROTTLE_KEY, key.value())
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .set(LOGIN_THROTTLE.WINDOW_STARTED_AT, utc(now))
                .onConflict(LOGIN_THROTTLE.THROTTLE_KEY)
                .doUpdate()
                .set(LOGIN_THROTTLE.FAILURES, when(windowEnded, inline(1)).otherwise(LOGIN_THROTTLE.FAILURES.plus(1)))
                .set(LOGIN_THROTTLE.WINDOW_STARTED_AT, when(windowEnded, utc(now)).otherwise(LOGIN_THROTTLE.WINDOW_STARTED_AT))
                .returningResult(LOGIN_THROTTLE.FAILURES)
                .fetchSingle(LOGIN_THROTTLE.FAILURES);
    }

    @Override
    public int purgeEnded(Instant before) {
        return dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.WINDOW_STARTED_AT.lt(utc(before))).execute();
    }

    private static Condition windowEnded(ThrottleKey key, Instant now) {
        return LOGIN_THROTTLE.WINDOW_STARTED_AT.le(utc(now.minus(key.window())));
    }

    private static Duration atLeastOneSecond(Duration wait) {
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }
}
