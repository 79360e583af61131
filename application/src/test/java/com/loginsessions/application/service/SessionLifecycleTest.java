package com.loginsessions.application.service;

import static com.loginsessions.application.service.UseCaseFixture.ADDRESS;
import static com.loginsessions.application.service.UseCaseFixture.CAP;
import static com.loginsessions.application.service.UseCaseFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.ChangePasswordCommand;
import com.loginsessions.application.port.in.ListSecurityEventsQuery;
import com.loginsessions.application.port.in.ListSessionsQuery;
import com.loginsessions.application.port.in.LoginResult;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.in.PurgeEndedSessionsCommand;
import com.loginsessions.application.port.in.RevokeSessionCommand;
import com.loginsessions.application.port.in.SecurityEventPage;
import com.loginsessions.application.port.in.SessionList;
import com.loginsessions.application.port.in.SessionView;
import com.loginsessions.application.port.in.SessionNotFoundException;
import com.loginsessions.application.port.in.TooManyAttemptsException;
import com.loginsessions.application.port.in.WrongPasswordException;
import com.loginsessions.domain.InvalidInputException;
import com.loginsessions.domain.SecurityEvent;
import com.loginsessions.domain.SecurityEvent.LoginFailed;
import com.loginsessions.domain.SecurityEvent.LoginSucceeded;
import com.loginsessions.domain.SecurityEvent.PasswordChanged;
import com.loginsessions.domain.SecurityEvent.RevokedBy;
import com.loginsessions.domain.SecurityEvent.SessionRevoked;
import com.loginsessions.domain.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionLifecycleTest {

    private static final String ALICE = "+14155550123";
    private final UseCaseFixture app = new UseCaseFixture();

    @BeforeEach
    void register() {
        app.registered(ALICE);
    }

    @Test
    void a_session_idle_past_the_timeout_is_signed_out_and_unlisted() {
        LoginResult idle = app.loggedIn(ALICE);
        app.clock.advance(Duration.ofDays(29));
        LoginResult active = app.loggedIn(ALICE);
        app.clock.advance(Duration.ofDays(1).plusSeconds(1));

        assertThatThrownBy(() -> app.caller(idle)).isInstanceOf(NotAuthenticatedException.class);
        SessionList list = app.listSessions.listSessions(new ListSessionsQuery(active.accessToken()));
        assertThat(list.sessions()).extracting(SessionView::id).containsExactly(active.sessionId());
    }

    @Test
    void activity_keeps_a_session_alive_until_its_absolute_lifetime() {
        LoginResult login = app.loggedIn(ALICE);
        for (int day = 0; day < 89; day++) {
            app.clock.advance(Duration.ofDays(1));
            app.caller(login);
        }
        app.clock.advance(Duration.ofDays(1));

        assertThatThrownBy(() -> app.caller(login)).isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void the_token_expires_with_the_absolute_lifetime_and_the_list_shows_the_earlier_expiry() {
        Instant start = app.clock.instant();
        LoginResult login = app.loggedIn(ALICE);

        assertThat(login.expiresIn()).isEqualTo(Duration.ofDays(90));
        SessionList list = app.listSessions.listSessions(new ListSessionsQuery(login.accessToken()));
        assertThat(list.sessions().get(0).expiresAt()).isEqualTo(start.plus(Duration.ofDays(30)));
    }

    @Test
    void an_expired_session_cannot_be_revoked_it_is_simply_not_found() {
        LoginResult old = app.loggedIn(ALICE);
        app.clock.advance(Duration.ofDays(31));
        AuthenticatedSession fresh = app.caller(app.loggedIn(ALICE));

        assertThatThrownBy(() -> app.revokeSession.revokeSession(new RevokeSessionCommand(fresh, old.sessionId())))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void the_purge_removes_expired_sessions_only_and_says_they_expired() {
        app.loggedIn(ALICE);
        app.loggedIn(ALICE);
        app.clock.advance(Duration.ofDays(31));
        LoginResult live = app.loggedIn(ALICE);

        int purged = app.purge.purgeEnded(new PurgeEndedSessionsCommand(1, 10));

        assertThat(purged).isEqualTo(2);
        assertThat(app.sessions.countLive(UseCaseFixture.LIFETIME.liveAt(app.clock.instant()))).isEqualTo(1);
        assertThat(app.caller(live).sessionId()).isEqualTo(live.sessionId());
        assertThat(app.events.ofType(SessionRevoked.class)).extracting(SessionRevoked::revokedBy)
                .containsExactly(RevokedBy.EXPIRY, RevokedBy.EXPIRY);
    }

    @Test
    void a_login_beyond_the_cap_signs_out_the_least_recently_active_session() {
        List<LoginResult> logins = new ArrayList<>();
        for (int i = 0; i < CAP; i++) {
            logins.add(app.loggedIn(ALICE));
            app.clock.advance(Duration.ofMinutes(2));
        }
        app.caller(logins.get(0));

        LoginResult newest = app.loggedIn(ALICE);

        assertThatThrownBy(() -> app.caller(logins.get(1))).isInstanceOf(NotAuthenticatedException.class);
        assertThat(app.caller(logins.get(0)).sessionId()).isEqualTo(logins.get(0).sessionId());
        assertThat(app.listSessions.listSessions(new ListSessionsQuery(newest.accessToken())).sessions()).hasSize(CAP);
        assertThat(app.events.ofType(SessionRevoked.class)).singleElement()
                .satisfies(e -> assertThat(e.revokedBy()).isEqualTo(RevokedBy.CAP))
                .satisfies(e -> assertThat(e.sessionId()).isEqualTo(logins.get(1).sessionId()));
    }

    @Test
    void changing_the_password_signs_out_every_other_session_and_keeps_the_callers() {
        LoginResult phone = app.loggedIn(ALICE);
        LoginResult tablet = app.loggedIn(ALICE);
        LoginResult laptop = app.loggedIn(ALICE);

        int revoked = app.changePassword.changePassword(
                new ChangePasswordCommand(app.caller(laptop), PASSWORD, "a brand new password", ADDRESS));

        assertThat(revoked).isEqualTo(2);
        assertThatThrownBy(() -> app.caller(phone)).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> app.caller(tablet)).isInstanceOf(NotAuthenticatedException.class);
        assertThat(app.caller(laptop).sessionId()).isEqualTo(laptop.sessionId());
        assertThat(app.login.login(UseCaseFixture.loginCommand(ALICE, "a brand new password")).accessToken())
                .isNotBlank();
        assertThat(app.events.ofType(PasswordChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.sessionsSignedOut()).isEqualTo(2));
    }

    @Test
    void strangers_failed_sign_ins_never_block_the_owners_password_change() {
        AuthenticatedSession laptop = app.caller(app.loggedIn(ALICE));
        for (int i = 0; i < 30; i++) {
            com.loginsessions.domain.IpAddress stranger = new com.loginsessions.domain.IpAddress("203.0.113." + (i % 10 + 1));
            assertThatThrownBy(() -> app.login.login(UseCaseFixture.loginCommand(ALICE, "a guess", stranger)));
        }

        assertThat(app.changePassword.changePassword(
                new ChangePasswordCommand(laptop, PASSWORD, "a brand new password", ADDRESS))).isZero();
    }

    @Test
    void a_sign_in_whose_password_changed_while_it_was_being_checked_gets_no_session() {
        LoginResult laptop = app.loggedIn(ALICE);
        app.hasher.duringNextCheck(() -> app.changePassword.changePassword(
                new ChangePasswordCommand(app.caller(laptop), PASSWORD, "a brand new password", ADDRESS)));

        assertThatThrownBy(() -> app.loggedIn(ALICE))
                .isInstanceOf(com.loginsessions.application.port.in.InvalidCredentialsException.class);

        assertThat(app.listSessions.listSessions(new ListSessionsQuery(laptop.accessToken())).sessions())
                .singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(laptop.sessionId()));
    }

    @Test
    void of_two_password_changes_made_with_the_same_current_password_only_the_first_counts() {
        LoginResult laptop = app.loggedIn(ALICE);
        AuthenticatedSession caller = app.caller(laptop);
        app.hasher.duringNextCheck(() -> app.changePassword.changePassword(
                new ChangePasswordCommand(caller, PASSWORD, "the first new password", ADDRESS)));

        assertThatThrownBy(() -> app.changePassword.changePassword(
                new ChangePasswordCommand(caller, PASSWORD, "the second new password", ADDRESS)))
                .isInstanceOf(WrongPasswordException.class);

        assertThat(app.login.login(UseCaseFixture.loginCommand(ALICE, "the first new password")).accessToken())
                .isNotBlank();
    }

    @Test
    void a_wrong_current_password_changes_nothing_and_is_throttled_per_session() {
        LoginResult phone = app.loggedIn(ALICE);
        AuthenticatedSession laptop = app.caller(app.loggedIn(ALICE));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> app.changePassword.changePassword(
                    new ChangePasswordCommand(laptop, "not my password", "a brand new password", ADDRESS)))
                    .isInstanceOf(WrongPasswordException.class);
        }
        assertThatThrownBy(() -> app.changePassword.changePassword(
                new ChangePasswordCommand(laptop, PASSWORD, "a brand new password", ADDRESS)))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(app.caller(phone).sessionId()).isEqualTo(phone.sessionId());
        assertThatThrownBy(() -> new ChangePasswordCommand(laptop, PASSWORD, "short", ADDRESS))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_user_sees_their_own_security_activity_newest_first_and_paginated() {
        LoginResult first = app.loggedIn(ALICE);
        app.clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> app.login.login(UseCaseFixture.loginCommand(ALICE, "wrong password")));
        app.clock.advance(Duration.ofSeconds(1));
        LoginResult second = app.loggedIn(ALICE);
        app.clock.advance(Duration.ofSeconds(1));
        app.revokeSession.revokeSession(new RevokeSessionCommand(app.caller(second), first.sessionId()));
        app.registered("+447700900123");
        app.clock.advance(Duration.ofSeconds(1));
        app.loggedIn("+447700900123");

        SecurityEventPage page = app.listEvents.listSecurityEvents(new ListSecurityEventsQuery(app.caller(second), 0, 3));
        SecurityEventPage next = app.listEvents.listSecurityEvents(new ListSecurityEventsQuery(app.caller(second), 1, 3));

        assertThat(page.events()).extracting(SecurityEvent::getClass)
                .containsExactly(SessionRevoked.class, LoginSucceeded.class, LoginFailed.class);
        assertThat(page.hasMore()).isTrue();
        assertThat(next.events()).extracting(SecurityEvent::getClass).containsExactly(LoginSucceeded.class);
        assertThat(next.hasMore()).isFalse();
        assertThat(page.events().get(1)).isInstanceOfSatisfying(LoginSucceeded.class,
                login -> assertThat(login.newDevice()).isFalse());
        assertThat(next.events().get(0)).isInstanceOfSatisfying(LoginSucceeded.class,
                login -> assertThat(login.newDevice()).isTrue());
    }
}
