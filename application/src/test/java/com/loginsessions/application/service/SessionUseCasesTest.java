package com.loginsessions.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loginsessions.application.port.in.AuthenticateCommand;
import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.ListSessionsQuery;
import com.loginsessions.application.port.in.LoginResult;
import com.loginsessions.application.port.in.LogoutCommand;
import com.loginsessions.application.port.in.NotAuthenticatedException;
import com.loginsessions.application.port.in.RevokeOtherSessionsCommand;
import com.loginsessions.application.port.in.RevokeSessionCommand;
import com.loginsessions.application.port.in.SessionList;
import com.loginsessions.application.port.in.SessionView;
import com.loginsessions.application.port.in.SessionNotFoundException;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.SessionId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionUseCasesTest {

    private static final String ALICE = "+14155550123";
    private static final String BOB = "+447700900123";

    private final UseCaseFixture app = new UseCaseFixture();

    @BeforeEach
    void registerUsers() {
        app.registered(ALICE);
        app.registered(BOB);
    }

    @Test
    void a_forged_or_expired_token_is_not_authenticated() {
        LoginResult login = app.loggedIn(ALICE);

        assertThatThrownBy(() -> app.authenticate.authenticate(new AuthenticateCommand("forged")))
                .isInstanceOf(NotAuthenticatedException.class);
        app.clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> app.authenticate.authenticate(new AuthenticateCommand(login.accessToken())))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void last_activity_moves_only_once_it_is_a_minute_old() {
        LoginResult login = app.loggedIn(ALICE);
        Instant loggedInAt = app.clock.instant();

        app.clock.advance(Duration.ofSeconds(59));
        AuthenticatedSession caller = app.caller(login);
        assertThat(storedActivity(caller)).isEqualTo(loggedInAt);

        app.clock.advance(Duration.ofSeconds(2));
        app.caller(login);
        assertThat(storedActivity(caller)).isEqualTo(app.clock.instant());
    }

    private Instant storedActivity(AuthenticatedSession caller) {
        return app.sessions.findLiveOf(caller.userId(), UseCaseFixture.LIFETIME.liveAt(app.clock.instant())).get(0)
                .lastActiveAt();
    }

    @Test
    void listing_counts_as_activity_and_shows_it() {
        LoginResult login = app.loggedIn(ALICE);
        Instant loggedInAt = app.clock.instant();

        app.clock.advance(Duration.ofSeconds(59));
        assertThat(onlySession(login).lastActiveAt()).isEqualTo(loggedInAt);

        app.clock.advance(Duration.ofSeconds(2));
        assertThat(onlySession(login).lastActiveAt()).isEqualTo(app.clock.instant());
        assertThat(app.caller(login).sessionId()).isEqualTo(login.sessionId());
    }

    @Test
    void listing_refuses_forged_expired_and_signed_out_tokens() {
        LoginResult phone = app.loggedIn(ALICE);
        LoginResult laptop = app.loggedIn(ALICE);

        assertThatThrownBy(() -> app.listSessions.listSessions(new ListSessionsQuery("forged")))
                .isInstanceOf(NotAuthenticatedException.class);
        app.logout.logout(new LogoutCommand(app.caller(phone)));
        assertThatThrownBy(() -> app.listSessions.listSessions(new ListSessionsQuery(phone.accessToken())))
                .isInstanceOf(NotAuthenticatedException.class);
        app.clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> app.listSessions.listSessions(new ListSessionsQuery(laptop.accessToken())))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void the_list_shows_the_current_session_first_then_the_most_recently_active() {
        LoginResult oldest = app.loggedIn(ALICE);
        app.clock.advance(Duration.ofMinutes(5));
        LoginResult middle = app.loggedIn(ALICE);
        app.clock.advance(Duration.ofMinutes(5));
        LoginResult newest = app.loggedIn(ALICE);
        app.loggedIn(BOB);

        SessionList list = app.listSessions.listSessions(new ListSessionsQuery(middle.accessToken()));

        assertThat(list.sessions()).extracting(SessionView::id)
                .containsExactly(middle.sessionId(), newest.sessionId(), oldest.sessionId());
        assertThat(list.sessions()).filteredOn(SessionView::current).extracting(SessionView::id)
                .containsExactly(middle.sessionId());
    }

    @Test
    void a_revoked_session_is_rejected_on_its_next_request() {
        LoginResult phone = app.loggedIn(ALICE);
        LoginResult laptop = app.loggedIn(ALICE);

        app.revokeSession.revokeSession(new RevokeSessionCommand(app.caller(laptop), phone.sessionId()));

        assertThatThrownBy(() -> app.caller(phone)).isInstanceOf(NotAuthenticatedException.class);
        assertThat(app.caller(laptop).sessionId()).isEqualTo(laptop.sessionId());
    }

    @Test
    void another_users_session_cannot_be_revoked_and_looks_exactly_like_a_missing_one() {
        LoginResult alice = app.loggedIn(ALICE);
        LoginResult bob = app.loggedIn(BOB);

        assertThatThrownBy(() -> app.revokeSession.revokeSession(
                new RevokeSessionCommand(app.caller(alice), bob.sessionId())))
                .isInstanceOf(SessionNotFoundException.class)
                .hasMessage("session not found");
        assertThatThrownBy(() -> app.revokeSession.revokeSession(
                new RevokeSessionCommand(app.caller(alice), SessionId.newId())))
                .isInstanceOf(SessionNotFoundException.class)
                .hasMessage("session not found");
        assertThat(app.caller(bob).sessionId()).isEqualTo(bob.sessionId());
    }

    @Test
    void revoking_the_same_session_twice_finds_nothing_the_second_time() {
        LoginResult phone = app.loggedIn(ALICE);
        AuthenticatedSession laptop = app.caller(app.loggedIn(ALICE));

        app.revokeSession.revokeSession(new RevokeSessionCommand(laptop, phone.sessionId()));

        assertThatThrownBy(() -> app.revokeSession.revokeSession(new RevokeSessionCommand(laptop, phone.sessionId())))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void revoking_all_others_keeps_the_caller_and_the_other_users_sessions() {
        LoginResult phone = app.loggedIn(ALICE);
        LoginResult tablet = app.loggedIn(ALICE);
        LoginResult laptop = app.loggedIn(ALICE);
        LoginResult bob = app.loggedIn(BOB);

        int revoked = app.revokeOthers.revokeOtherSessions(new RevokeOtherSessionsCommand(app.caller(laptop)));

        assertThat(revoked).isEqualTo(2);
        assertThatThrownBy(() -> app.caller(phone)).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> app.caller(tablet)).isInstanceOf(NotAuthenticatedException.class);
        assertThat(app.caller(laptop).sessionId()).isEqualTo(laptop.sessionId());
        assertThat(app.caller(bob).sessionId()).isEqualTo(bob.sessionId());
    }

    @Test
    void revoking_all_others_from_a_session_that_was_just_signed_out_fails_and_removes_nothing() {
        LoginResult phone = app.loggedIn(ALICE);
        LoginResult laptop = app.loggedIn(ALICE);
        AuthenticatedSession phoneCaller = app.caller(phone);
        app.revokeSession.revokeSession(new RevokeSessionCommand(app.caller(laptop), phone.sessionId()));

        assertThatThrownBy(() -> app.revokeOthers.revokeOtherSessions(new RevokeOtherSessionsCommand(phoneCaller)))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThat(app.caller(laptop).sessionId()).isEqualTo(laptop.sessionId());
    }

    @Test
    void logout_ends_only_the_callers_session() {
        LoginResult phone = app.loggedIn(ALICE);
        LoginResult laptop = app.loggedIn(ALICE);

        app.logout.logout(new LogoutCommand(app.caller(phone)));

        assertThatThrownBy(() -> app.caller(phone)).isInstanceOf(NotAuthenticatedException.class);
        assertThat(app.caller(laptop).sessionId()).isEqualTo(laptop.sessionId());
    }

    private SessionView onlySession(LoginResult login) {
        return app.listSessions.listSessions(new ListSessionsQuery(login.accessToken())).sessions().get(0);
    }
}
