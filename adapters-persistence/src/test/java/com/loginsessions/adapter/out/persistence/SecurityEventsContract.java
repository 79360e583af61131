package com.loginsessions.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.port.out.SecurityEvent;
import com.loginsessions.application.port.out.SecurityEvent.RevokedBy;
import com.loginsessions.application.port.out.SecurityEvent.Type;
import com.loginsessions.application.port.out.SecurityEventHistory;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.SessionLifetime;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class SecurityEventsContract {

    static final Instant T0 = Instant.parse("2026-05-21T04:32:17Z");

    SecurityEvents events;
    SecurityEventHistory history;
    UserId alice;
    UserId bob;

    /** @return the same object as events and history */
    abstract SecurityEvents newEvents();

    abstract UserId existingUser();

    @BeforeEach
    void setUp() {
        events = newEvents();
        history = (SecurityEventHistory) events;
        alice = existingUser();
        bob = existingUser();
    }

    @Test
    void events_come_back_for_their_user_newest_first_with_every_field() {
        Session session = Session.start(SessionId.newId(), alice, TokenHash.of("t"),
                new Device("Android 14", "Chrome 124", DeviceType.MOBILE), new IpAddress("198.51.100.7"), T0,
                new SessionLifetime(Duration.ofDays(30), Duration.ofDays(90)));
        events.record(SecurityEvent.loginSucceeded(session, true, false));
        events.record(SecurityEvent.sessionRevoked(T0.plusSeconds(5), session, RevokedBy.OTHER_SESSION));
        events.record(SecurityEvent.othersRevoked(T0.plusSeconds(9), alice, session.id(), 3));
        events.record(SecurityEvent.attempt(Type.LOGIN_FAILED, T0.plusSeconds(7), bob, new IpAddress("2001:db8::1")));
        events.record(SecurityEvent.attempt(Type.LOGIN_FAILED, T0.plusSeconds(8), null, new IpAddress("2001:db8::1")));

        List<SecurityEvent> mine = history.recentOf(alice, 0, 10);

        assertThat(mine).extracting(SecurityEvent::type)
                .containsExactly(Type.OTHER_SESSIONS_REVOKED, Type.SESSION_REVOKED, Type.LOGIN_SUCCEEDED);
        assertThat(mine.get(0).count()).isEqualTo(3);
        assertThat(mine.get(1).revokedBy()).isEqualTo(RevokedBy.OTHER_SESSION);
        SecurityEvent login = mine.get(2);
        assertThat(login.occurredAt()).isEqualTo(T0);
        assertThat(login.sessionId()).isEqualTo(session.id());
        assertThat(login.ipAddress()).isEqualTo(new IpAddress("198.51.100.7"));
        assertThat(login.device()).isEqualTo(session.device());
        assertThat(login.newDevice()).isTrue();
        assertThat(login.newIpAddress()).isFalse();
        assertThat(history.recentOf(bob, 0, 10)).hasSize(1);
        assertThat(history.recentOf(alice, 1, 1)).extracting(SecurityEvent::type).containsExactly(Type.SESSION_REVOKED);
    }

    @Test
    void refused_sign_ins_of_one_window_are_one_event_whose_count_grows() {
        IpAddress from = new IpAddress("203.0.113.9");
        for (int attempt = 1; attempt <= 200; attempt++) {
            events.record(SecurityEvent.refused(T0.plusMillis(attempt), alice, from, attempt));
        }
        events.record(SecurityEvent.refused(T0, null, from, 1));

        assertThat(history.recentOf(alice, 0, 10)).singleElement().satisfies(refused -> {
            assertThat(refused.type()).isEqualTo(Type.LOGIN_THROTTLED);
            assertThat(refused.count()).isEqualTo(200);
            assertThat(refused.ipAddress()).isEqualTo(from);
        });
    }

    @Test
    void events_older_than_the_retention_are_purged_in_batches() {
        for (int day = 0; day < 5; day++) {
            events.record(SecurityEvent.attempt(Type.LOGIN_FAILED, T0.plus(Duration.ofDays(day)), alice,
                    new IpAddress("198.51.100.7")));
        }

        assertThat(history.purgeOlderThan(T0.plus(Duration.ofDays(3)), 2)).as("one batch").isEqualTo(2);
        while (history.purgeOlderThan(T0.plus(Duration.ofDays(3)), 2) == 2) {
            // other tests' old events share the table
        }

        assertThat(history.recentOf(alice, 0, 10)).extracting(SecurityEvent::occurredAt)
                .containsExactly(T0.plus(Duration.ofDays(4)), T0.plus(Duration.ofDays(3)));
    }
}
