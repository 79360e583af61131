package com.loginsessions.application.service;

import static com.loginsessions.application.service.UseCaseFixture.ADDRESS;
import static com.loginsessions.application.service.UseCaseFixture.PASSWORD;
import static com.loginsessions.application.service.UseCaseFixture.loginCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loginsessions.application.port.in.InvalidCredentialsException;
import com.loginsessions.application.port.in.LoginCommand;
import com.loginsessions.application.port.in.PhoneAlreadyRegisteredException;
import com.loginsessions.application.port.in.RegisterCommand;
import com.loginsessions.application.port.in.TooManyAttemptsException;
import com.loginsessions.domain.DeviceSignals;
import com.loginsessions.domain.IpAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlingTest {

    private static final String ALICE = "+14155550123";
    private final UseCaseFixture app = new UseCaseFixture();

    @Test
    void after_five_failures_a_phone_is_refused_even_with_the_right_password_until_the_window_ends() {
        app.registered(ALICE);
        failLogins(ALICE, 5);

        assertThatThrownBy(() -> app.loggedIn(ALICE))
                .isInstanceOf(TooManyAttemptsException.class)
                .satisfies(e -> assertThat(((TooManyAttemptsException) e).retryAfter())
                        .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));

        app.clock.advance(Duration.ofMinutes(15));
        assertThat(app.loggedIn(ALICE).accessToken()).isNotBlank();
    }

    @Test
    void unknown_numbers_are_throttled_exactly_like_real_ones_and_spellings_share_a_count() {
        failLogins("+1 999 555 0000", 3);
        failLogins("+19995550000", 2);

        assertThatThrownBy(() -> app.login.login(loginCommand("+1 (999) 555-0000", PASSWORD)))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void a_success_clears_the_phone_count() {
        app.registered(ALICE);
        failLogins(ALICE, 4);
        app.loggedIn(ALICE);
        failLogins(ALICE, 4);

        assertThat(app.loggedIn(ALICE).accessToken()).isNotBlank();
    }

    @Test
    void one_address_trying_many_numbers_is_refused_once_it_used_up_its_failures() {
        app.registered(ALICE);
        for (int i = 0; i < 20; i++) {
            failLogins("+1415555" + String.format("%04d", i), 1);
        }

        assertThatThrownBy(() -> app.loggedIn(ALICE)).isInstanceOf(TooManyAttemptsException.class);
        LoginCommand elsewhere = new LoginCommand(ALICE, PASSWORD, new IpAddress("203.0.113.50"),
                DeviceSignals.userAgentOnly(null));
        assertThat(app.login.login(elsewhere).accessToken()).isNotBlank();
    }

    @Test
    void probing_taken_numbers_through_sign_up_spends_the_same_budget() {
        app.registered(ALICE);
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> app.register.register(new RegisterCommand(ALICE, PASSWORD, ADDRESS)))
                    .isInstanceOf(PhoneAlreadyRegisteredException.class);
        }

        assertThatThrownBy(() -> app.register.register(new RegisterCommand("+14155550999", PASSWORD, ADDRESS)))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThatThrownBy(() -> app.loggedIn(ALICE)).isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void a_refused_attempt_costs_no_password_hash() {
        app.registered(ALICE);
        failLogins(ALICE, 5);
        int before = app.hasher.verifications.get();

        assertThatThrownBy(() -> app.loggedIn(ALICE)).isInstanceOf(TooManyAttemptsException.class);

        assertThat(app.hasher.verifications.get()).isEqualTo(before);
    }

    private void failLogins(String phone, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> app.login.login(loginCommand(phone, "wrong password")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
    }
}
