package com.loginsessions.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.port.out.SecurityEventHistory;
import com.loginsessions.application.port.out.SecurityEventFeed;
import com.loginsessions.domain.Device;
import com.loginsessions.domain.DeviceType;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SecurityEvent;
import com.loginsessions.domain.SecurityEvent.LoggedOut;
import com.loginsessions.domain.SecurityEvent.LoginFailed;
import com.loginsessions.domain.SecurityEvent.LoginSucceeded;
import com.loginsessions.domain.SecurityEvent.LoginThrottled;
import com.loginsessions.domain.SecurityEvent.OtherSessionsRevoked;
import com.loginsessions.domain.SecurityEvent.PasswordChangeFailed;
import com.loginsessions.domain.SecurityEvent.PasswordChanged;
import com.loginsessions.domain.SecurityEvent.RevokedBy;
import com.loginsessions.domain.SecurityEvent.SessionRevoked;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.SessionLifetime;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class SecurityEventsContract {

    static final Instant T0 = Instant.parse("2026-05-21T04:32:17Z");

    SecurityEventFeed events;
    SecurityEventHistory history;
    UserId alice;
    UserId bob;

    /** @return the same object as events and history */
    abstract SecurityEventFeed newEvents();

    abstract UserId existingUser();

    @BeforeEach
    void setUp() {
        events = newEvents();
        history = events;
        alice = existingUser();
        bob = existingUser();
    }

    @Test
    void events_of_every_kind_come_back_for_their_user_newest_first_with_every_field() {
        Session session = Session.start(SessionId.newId(), alice, TokenHash.of("t"),
                new Device("Android 14", "Chrome 124", DeviceType.MOBILE), new IpAddress("198.51.100.7"), T0,
                new SessionLifetime(Duration.ofDays(30), Duration.ofDays(90)));
        IpAddress elsewhere = new IpAddress("2001:db8::1");
        List<SecurityEvent> alicesOldestFirst = List.of(
                LoginSucceeded.of(session, true, false),
                new LoginFailed(T0.plusSeconds(1), Optional.of(alice), elsewhere),
                new LoginThrottled(T0.plusSeconds(2), Optional.of(alice), elsewhere, 1),
                new PasswordChangeFailed(T0.plusSeconds(3), alice, session.ipAddress()),
                SessionRevoked.of(T0.plusSeconds(4), session, RevokedBy.OTHER_SESSION),
                new OtherSessionsRevoked(T0.plusSeconds(5), alice, session.id(), 3),
                new PasswordChanged(T0.plusSeconds(6), alice, session.id(), session.ipAddress(), 2),
                LoggedOut.of(T0.plusSeconds(7), session));
        alicesOldestFirst.forEach(events::append);
        events.append(new LoginFailed(T0.plusSeconds(7), Optional.of(bob), elsewhere));
        events.append(new LoginFailed(T0.plusSeconds(8), Optional.empty(), elsewhere));

        assertThat(history.recentOf(alice, 0, 10)).containsExactlyElementsOf(alicesOldestFirst.reversed());
        assertThat(history.recentOf(bob, 0, 10)).hasSize(1);
        assertThat(history.recentOf(alice, 1, 1)).containsExactly(alicesOldestFirst.get(6));
    }

    @Test
    void refused_sign_ins_of_one_window_are_one_event_whose_count_grows() {
        IpAddress from = new IpAddress("203.0.113.9");
        for (int attempt = 1; attempt <= 200; attempt++) {
            events.append(new LoginThrottled(T0.plusMillis(attempt), Optional.of(alice), from, attempt));
        }
        events.append(new LoginThrottled(T0, Optional.empty(), from, 1));

        assertThat(history.recentOf(alice, 0, 10)).singleElement().isInstanceOfSatisfying(LoginThrottled.class,
                refused -> {
                    assertThat(refused.attempts()).isEqualTo(200);
                    assertThat(refused.ipAddress()).isEqualTo(from);
                });
    }

    @Test
    void events_older_than_the_retention_are_purged_in_batches() {
        for (int day = 0; day < 5; day++) {
            events.append(new LoginFailed(T0.plus(Duration.ofDays(day)), Optional.of(alice),
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
