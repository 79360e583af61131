package com.loginsessions.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.fakes.Concurrently;
import com.loginsessions.application.port.out.AttemptThrottle;
import com.loginsessions.application.port.out.AttemptThrottle.Admission;
import com.loginsessions.application.port.out.AttemptThrottle.Outcome;
import com.loginsessions.application.port.out.AttemptThrottle.ThrottleKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class AttemptThrottleContract {

    static final Instant T0 = Instant.parse("2026-05-21T04:32:17Z");
    static final Duration WINDOW = Duration.ofMinutes(15);

    AttemptThrottle throttle;
    ThrottleKey phone;
    ThrottleKey address;

    abstract AttemptThrottle newThrottle();

    @BeforeEach
    void setUp() {
        throttle = newThrottle();
        phone = new ThrottleKey("phone:" + UUID.randomUUID(), 3, WINDOW);
        address = new ThrottleKey("ip:" + UUID.randomUUID(), 5, WINDOW);
    }

    @Test
    void counted_attempts_up_to_the_limit_then_refused_until_the_window_ends() {
        for (int i = 0; i < 3; i++) {
            fail(phone, T0.plusSeconds(i));
        }

        assertThat(throttle.tryBegin(phone, T0.plusSeconds(60))).isEqualTo(new Admission.Refused(WINDOW.minusSeconds(60)));
        assertThat(throttle.tryBegin(address, T0.plusSeconds(60))).isInstanceOf(Admission.Admitted.class);
        assertThat(throttle.tryBegin(phone, T0.plus(WINDOW))).as("a new window").isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void attempts_in_flight_take_room_so_a_key_is_busy_until_they_finish() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryBegin(phone, T0)).isInstanceOf(Admission.Admitted.class);
        }
        assertThat(throttle.tryBegin(phone, T0)).isInstanceOf(Admission.Busy.class);

        throttle.finish(phone, Outcome.FREE);
        assertThat(throttle.tryBegin(phone, T0)).isInstanceOf(Admission.Admitted.class);
        throttle.finish(phone, Outcome.COUNTS);
        throttle.finish(phone, Outcome.COUNTS);
        throttle.finish(phone, Outcome.COUNTS);

        assertThat(throttle.tryBegin(phone, T0)).isInstanceOf(Admission.Refused.class);
    }

    @Test
    void a_success_that_clears_forgets_the_counted_attempts() {
        fail(phone, T0);
        fail(phone, T0);
        throttle.tryBegin(phone, T0);
        throttle.finish(phone, Outcome.CLEARS);

        for (int i = 0; i < 3; i++) {
            fail(phone, T0);
        }
        assertThat(throttle.tryBegin(phone, T0)).isInstanceOf(Admission.Refused.class);
    }

    @Test
    void abandoned_attempts_in_flight_give_their_room_back() {
        for (int i = 0; i < 3; i++) {
            throttle.tryBegin(phone, T0);
        }

        throttle.abandonInFlight(phone);

        assertThat(throttle.tryBegin(phone, T0)).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void refused_attempts_do_not_extend_the_window() {
        for (int i = 0; i < 3; i++) {
            fail(phone, T0);
        }
        for (int i = 1; i < 10; i++) {
            throttle.tryBegin(phone, T0.plusSeconds(i * 60));
        }

        assertThat(throttle.tryBegin(phone, T0.plus(WINDOW).plusSeconds(1))).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void unlimited_counts_say_how_many_came_in_the_window() {
        ThrottleKey refusals = new ThrottleKey("refused:" + UUID.randomUUID(), Integer.MAX_VALUE, WINDOW);

        assertThat(throttle.countUnlimited(refusals, T0)).isEqualTo(1);
        assertThat(throttle.countUnlimited(refusals, T0.plusSeconds(5))).isEqualTo(2);
        assertThat(throttle.countUnlimited(refusals, T0.plus(WINDOW))).as("a new window").isEqualTo(1);
    }

    @Test
    void ended_windows_are_purged() {
        fail(phone, T0);
        fail(address, T0.plus(WINDOW));

        assertThat(throttle.purgeEnded(T0.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        for (int i = 0; i < 4; i++) {
            fail(address, T0.plus(WINDOW));
        }
        assertThat(throttle.tryBegin(address, T0.plus(WINDOW))).isInstanceOf(Admission.Refused.class);
    }

    @Test
    void of_a_parallel_burst_exactly_the_limit_is_admitted() throws Exception {
        for (int round = 0; round < 20; round++) {
            ThrottleKey key = new ThrottleKey("ip:" + UUID.randomUUID(), 5, WINDOW);

            List<Admission> outcomes = Concurrently.race(16, () -> throttle.tryBegin(key, T0));

            assertThat(outcomes.stream().filter(Admission.Admitted.class::isInstance).count()).as("round %d", round)
                    .isEqualTo(5);
        }
    }

    private void fail(ThrottleKey key, Instant at) {
        assertThat(throttle.tryBegin(key, at)).isInstanceOf(Admission.Admitted.class);
        throttle.finish(key, Outcome.COUNTS);
    }
}
