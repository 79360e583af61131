package com.loginsessions.application.service;

import static com.loginsessions.application.service.UseCaseFixture.ADDRESS;
import static com.loginsessions.application.service.UseCaseFixture.PASSWORD;
import static com.loginsessions.application.service.UseCaseFixture.loginCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loginsessions.application.port.DeviceSignals;
import com.loginsessions.application.port.in.InvalidCredentialsException;
import com.loginsessions.application.port.in.LoginCommand;
import com.loginsessions.application.port.in.PhoneAlreadyRegisteredException;
import com.loginsessions.application.port.in.RegisterCommand;
import com.loginsessions.application.port.in.TooManyAttemptsException;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SecurityEvent.LoginThrottled;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlingTest {

    private static final String ALICE = "+14155550123";
    private final UseCaseFixture app = new UseCaseFixture();

    private static final IpAddress STRANGER = new IpAddress("203.0.113.66");

    @Test
    void after_five_failures_from_one_network_the_number_is_refused_there_even_with_the_right_password() {
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
    void a_success_clears_the_count_of_its_number_from_its_network() {
        app.registered(ALICE);
        failLogins(ALICE, 4);
        app.loggedIn(ALICE);
        failLogins(ALICE, 4);

        assertThat(app.loggedIn(ALICE).accessToken()).isNotBlank();
    }

    @Test
    void a_stranger_guessing_elsewhere_does_not_lock_the_owner_out() {
        app.registered(ALICE);
        failLogins(ALICE, 5, STRANGER);
        assertThatThrownBy(() -> app.login.login(loginCommand(ALICE, PASSWORD, STRANGER)))
                .isInstanceOf(TooManyAttemptsException.class);

        assertThat(app.loggedIn(ALICE).accessToken()).isNotBlank();
    }

    @Test
    void many_strangers_together_are_limited_per_number_at_a_much_higher_count() {
        app.registered(ALICE);
        for (int stranger = 1; stranger <= 10; stranger++) {
            failLogins(ALICE, 1, new IpAddress("203.0.113." + stranger));
        }

        assertThatThrownBy(() -> app.login.login(loginCommand(ALICE, PASSWORD, new IpAddress("203.0.113.99"))))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void ipv6_clients_are_counted_per_64_bit_network() {
        app.registered(ALICE);
        for (int i = 1; i <= 5; i++) {
            failLogins(ALICE, 1, new IpAddress("2001:db8:0:7::" + Integer.toHexString(i)));
        }

        assertThatThrownBy(() -> app.login.login(loginCommand(ALICE, PASSWORD, new IpAddress("2001:db8:0:7:ffff::1"))))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(app.login.login(loginCommand(ALICE, PASSWORD, new IpAddress("2001:db8:0:8::1"))).accessToken())
                .isNotBlank();
    }

    @Test
    void refused_sign_ins_are_recorded_once_per_window_with_their_count() {
        app.registered(ALICE);
        failLogins(ALICE, 5);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> app.loggedIn(ALICE)).isInstanceOf(TooManyAttemptsException.class);
        }

        assertThat(app.events.ofType(LoginThrottled.class))
                .extracting(LoginThrottled::attempts).containsExactly(3);
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
    void sign_ups_new_or_taken_are_limited_per_network() {
        app.registered(ALICE);
        for (int i = 0; i < 9; i++) {
            assertThatThrownBy(() -> app.register.register(new RegisterCommand(ALICE, PASSWORD, ADDRESS)))
                    .isInstanceOf(PhoneAlreadyRegisteredException.class);
        }
        for (int i = 0; i < 10; i++) {
            app.registered("+1415555" + String.format("%04d", i));
        }

        assertThatThrownBy(() -> app.register.register(new RegisterCommand("+14155550999", PASSWORD, ADDRESS)))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(app.register.register(new RegisterCommand("+14155550999", PASSWORD, STRANGER)).phone().e164())
                .isEqualTo("+14155550999");
        assertThat(app.loggedIn(ALICE).accessToken()).as("sign-in has its own budget").isNotBlank();
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
        failLogins(phone, times, ADDRESS);
    }

    private void failLogins(String phone, int times, IpAddress from) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> app.login.login(loginCommand(phone, "wrong password", from)))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
    }
}
