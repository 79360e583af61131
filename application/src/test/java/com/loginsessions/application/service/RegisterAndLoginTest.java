package com.loginsessions.application.service;

import static com.loginsessions.application.service.UseCaseFixture.ADDRESS;
import static com.loginsessions.application.service.UseCaseFixture.PASSWORD;
import static com.loginsessions.application.service.UseCaseFixture.loginCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loginsessions.application.port.in.InvalidCredentialsException;
import com.loginsessions.application.port.in.ListSessionsQuery;
import com.loginsessions.application.port.in.LoginResult;
import com.loginsessions.application.port.in.PhoneAlreadyRegisteredException;
import com.loginsessions.application.port.in.RegisterCommand;
import com.loginsessions.domain.InvalidInputException;
import com.loginsessions.domain.Session;
import com.loginsessions.domain.TokenHash;
import com.loginsessions.domain.User;
import java.time.Duration;
import com.loginsessions.application.port.in.RegisteredAccount;
import com.loginsessions.application.port.in.SessionView;
import com.loginsessions.domain.UserId;
import com.loginsessions.domain.PhoneNumber;
import org.junit.jupiter.api.Test;

class RegisterAndLoginTest {

    private final UseCaseFixture app = new UseCaseFixture();

    @Test
    void registering_normalises_the_phone_number_so_two_spellings_are_one_account() {
        RegisteredAccount account = app.register.register(new RegisterCommand("+1 415-555-0123", PASSWORD, ADDRESS));

        assertThat(account.phone().e164()).isEqualTo("+14155550123");
        assertThat(account.createdAt()).isEqualTo(app.clock.instant());
        assertThatThrownBy(() -> app.register.register(new RegisterCommand("+14155550123", "another password", ADDRESS)))
                .isInstanceOf(PhoneAlreadyRegisteredException.class);
    }

    @Test
    void registering_rejects_what_cannot_be_a_phone_number_and_passwords_outside_the_policy() {
        assertThatThrownBy(() -> app.register.register(new RegisterCommand("not a phone", PASSWORD, ADDRESS)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RegisterCommand("+14155550123", "short", ADDRESS))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RegisterCommand("+14155550123", "x".repeat(129), ADDRESS))
                .isInstanceOf(InvalidInputException.class);
        assertThat(app.users.findByPhone(new com.loginsessions.domain.PhoneNumber("+14155550123"))).isEmpty();
    }

    @Test
    void the_password_is_stored_only_as_a_hash() {
        RegisteredAccount account = app.register.register(new RegisterCommand("+14155550123", PASSWORD, ADDRESS));

        User stored = app.users.findById(account.id()).orElseThrow();
        assertThat(stored.passwordHash().encoded()).doesNotContain(PASSWORD);
    }

    @Test
    void login_starts_a_session_that_stores_the_token_hash_device_ip_and_times() {
        app.registered("+14155550123");

        LoginResult result = app.loggedIn("+1 (415) 555-0123");

        assertThat(result.expiresIn()).isEqualTo(Duration.ofDays(90));
        SessionView session = app.listSessions.listSessions(new ListSessionsQuery(result.accessToken())).sessions().get(0);
        assertThat(session.id()).isEqualTo(result.sessionId());
        UserId user = app.users.findByPhone(new PhoneNumber("+14155550123")).orElseThrow().id();
        assertThat(app.sessions.findLiveOf(user, UseCaseFixture.LIFETIME.liveAt(app.clock.instant())))
                .singleElement().extracting(Session::tokenHash).isEqualTo(TokenHash.of(result.accessToken()));
        assertThat(session.device().os()).isEqualTo("iOS 17");
        assertThat(session.ipAddress().value()).isEqualTo("198.51.100.7");
        assertThat(session.createdAt()).isEqualTo(app.clock.instant());
        assertThat(session.lastActiveAt()).isEqualTo(app.clock.instant());
    }

    @Test
    void wrong_password_and_unknown_phone_fail_alike_and_cost_one_hash_each() {
        app.registered("+14155550123");
        app.hasher.verifications.set(0);

        assertThatThrownBy(() -> app.login.login(loginCommand("+14155550123", "wrong password")))
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessage("invalid phone number or password");
        assertThatThrownBy(() -> app.login.login(loginCommand("+19995550000", PASSWORD)))
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessage("invalid phone number or password");
        assertThatThrownBy(() -> app.login.login(loginCommand("+garbage", PASSWORD)))
                .isInstanceOf(InvalidCredentialsException.class);

        assertThat(app.hasher.verifications).hasValue(3);
    }

    @Test
    void a_number_typed_without_its_country_code_is_pointed_out_at_sign_up_and_sign_in() {
        assertThatThrownBy(() -> app.register.register(new com.loginsessions.application.port.in.RegisterCommand(
                "415 555 0123", PASSWORD, UseCaseFixture.ADDRESS)))
                .isInstanceOf(com.loginsessions.domain.InvalidInputException.class).hasMessageContaining("country code");
        assertThatThrownBy(() -> app.login.login(loginCommand("415 555 0123", PASSWORD)))
                .isInstanceOf(com.loginsessions.domain.InvalidInputException.class).hasMessageContaining("country code");
    }

    @Test
    void each_login_of_one_user_is_its_own_session() {
        app.registered("+14155550123");

        LoginResult first = app.loggedIn("+14155550123");
        LoginResult second = app.loggedIn("+14155550123");

        assertThat(first.sessionId()).isNotEqualTo(second.sessionId());
        assertThat(first.accessToken()).isNotEqualTo(second.accessToken());
        assertThat(app.listSessions.listSessions(new ListSessionsQuery(first.accessToken())).sessions()).hasSize(2);
    }
}
