package com.loginsessions.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.fakes.Concurrently;
import com.loginsessions.application.port.out.AttemptThrottle;
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
    void a_key_is_blocked_once_it_reaches_its_limit_until_its_window_ends() {
        for (int i = 0; i < 2; i++) {
            throttle.recordFailure(List.of(phone, address), T0.plusSeconds(i));
        }
        assertThat(throttle.blockedFor(List.of(phone, address), T0.plusSeconds(10))).isEmpty();

        throttle.recordFailure(List.of(phone, address), T0.plusSeconds(20));

        assertThat(throttle.blockedFor(List.of(phone, address), T0.plusSeconds(60)))
                .contains(WINDOW.minusSeconds(60));
        assertThat(throttle.blockedFor(List.of(address), T0.plusSeconds(60))).isEmpty();
        assertThat(throttle.blockedFor(List.of(phone), T0.plus(WINDOW))).isEmpty();
    }

    @Test
    void after_the_window_counting_starts_over() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(List.of(phone), T0);
        }
        throttle.recordFailure(List.of(phone), T0.plus(WINDOW).plusSeconds(1));

        assertThat(throttle.blockedFor(List.of(phone), T0.plus(WINDOW).plusSeconds(2))).isEmpty();
    }

    @Test
    void a_reset_forgets_the_failures() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(List.of(phone), T0);
        }
        throttle.reset(phone);

        assertThat(throttle.blockedFor(List.of(phone), T0)).isEmpty();
    }

    @Test
    void ended_windows_are_purged() {
        throttle.recordFailure(List.of(phone), T0);
        throttle.recordFailure(List.of(address), T0.plus(WINDOW));

        assertThat(throttle.purgeEndedBefore(T0.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(List.of(address), T0.plus(WINDOW));
        }
        assertThat(throttle.blockedFor(List.of(address), T0.plus(WINDOW))).isPresent();
    }

    @Test
    void concurrent_failures_are_all_counted() throws Exception {
        Concurrently.race(8, () -> {
            throttle.recordFailure(List.of(address), T0);
            return true;
        });

        assertThat(throttle.blockedFor(List.of(address), T0)).isPresent();
    }
}
