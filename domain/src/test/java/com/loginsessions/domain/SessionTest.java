package com.loginsessions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant T0 = Instant.parse("2026-05-21T04:32:17Z");
    private static final UserId USER = UserId.newId();
    private static final SessionLifetime LIFETIME = new SessionLifetime(Duration.ofDays(30), Duration.ofDays(90));

    @Test
    void a_new_session_was_last_active_when_it_started() {
        Session session = started(T0);

        assertThat(session.createdAt()).isEqualTo(T0);
        assertThat(session.lastActiveAt()).isEqualTo(T0);
        assertThat(session.userId()).isEqualTo(USER);
    }

    @Test
    void activity_is_stale_only_after_a_full_minute() {
        Session session = started(T0);

        assertThat(session.activityIsStaleAt(T0.plusSeconds(60))).isFalse();
        assertThat(session.activityIsStaleAt(T0.plusSeconds(61))).isTrue();
        assertThat(session.activeAt(T0.plusSeconds(61)).lastActiveAt()).isEqualTo(T0.plusSeconds(61));
    }

    @Test
    void display_order_is_current_first_then_most_recently_active() {
        Session old = started(T0);
        Session recent = started(T0.plusSeconds(600));
        Session current = started(T0.plusSeconds(300));

        List<Session> ordered = List.of(old, recent, current).stream()
                .sorted(Session.displayOrder(current.id()))
                .toList();

        assertThat(ordered).containsExactly(current, recent, old);
    }

    @Test
    void a_session_is_live_until_idle_or_absolute_expiry_whichever_comes_first() {
        Session session = started(T0);

        assertThat(session.expiresAt(LIFETIME)).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(session.isLive(LIFETIME.liveAt(T0.plus(Duration.ofDays(30)).minusSeconds(1)))).isTrue();
        assertThat(session.isLive(LIFETIME.liveAt(T0.plus(Duration.ofDays(30))))).isFalse();

        Session active = session.activeAt(T0.plus(Duration.ofDays(80)));
        assertThat(active.expiresAt(LIFETIME)).isEqualTo(T0.plus(Duration.ofDays(90)));
        assertThat(active.isLive(LIFETIME.liveAt(T0.plus(Duration.ofDays(90))))).isFalse();
    }

    @Test
    void an_idle_timeout_shorter_than_the_activity_resolution_allows_is_refused() {
        assertThatThrownBy(() -> new SessionLifetime(Duration.ofSeconds(90), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Session started(Instant at) {
        return Session.start(SessionId.newId(), USER, TokenHash.of("t" + at), Device.UNKNOWN,
                new IpAddress("198.51.100.7"), at, LIFETIME);
    }
}
