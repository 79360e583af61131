package com.loginsessions.bootstrap;

import static com.loginsessions.bootstrap.ApiClient.IPHONE;
import static com.loginsessions.bootstrap.ApiClient.PASSWORD;
import static com.loginsessions.bootstrap.ApiClient.WINDOWS_CHROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.fakes.Concurrently;
import com.loginsessions.application.fakes.MutableClock;
import com.loginsessions.application.port.in.PurgeEndedSessionsCommand;
import com.loginsessions.application.port.in.PurgeEndedSessionsUseCase;
import com.loginsessions.bootstrap.ApiClient.Login;
import com.loginsessions.bootstrap.ApiClient.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Idle and absolute expiry, purge, the session cap and password change, with the service's clock driven by hand. */
@Import(SessionLifecycleEndToEndTest.HandDrivenClock.class)
@TestPropertySource(properties = "app.session.max-per-user=3")
class SessionLifecycleEndToEndTest extends RunningServiceTest {

    @Autowired
    MutableClock clock;

    @Autowired
    PurgeEndedSessionsUseCase purge;

    @BeforeEach
    void startFromTheRealTime() {
        clock.set(Instant.now());
    }

    @Test
    void an_idle_session_is_401_unlisted_uncounted_and_purged() {
        String phone = api.registered();
        Login idle = api.login(phone, IPHONE);
        clock.advance(Duration.ofDays(29));
        Login active = api.login(phone, WINDOWS_CHROME);
        JsonNode before = api.get("/api/v1/sessions", active.token()).json();
        assertThat(before.get("total_devices").asInt()).isEqualTo(2);
        assertThat(before.get("sessions").get(1).get("expires_at").asString())
                .isEqualTo(secondPrecision(clock.instant().minus(Duration.ofDays(29)).plus(Duration.ofDays(30))));

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        assertThat(api.get("/api/v1/sessions", idle.token()).status()).isEqualTo(401);
        JsonNode after = api.get("/api/v1/sessions", active.token()).json();
        assertThat(after.get("total_devices").asInt()).isEqualTo(1);
        assertThat(api.delete("/api/v1/sessions/" + idle.sessionId(), active.token()).status()).isEqualTo(404);

        purge.purgeEnded(new PurgeEndedSessionsCommand(100, 100));
        assertThat(jdbc.queryForObject("select count(*) from sessions where id = ?::uuid", Integer.class,
                idle.sessionId())).isZero();
        assertThat(eventTypes(active)).contains("session_revoked");
    }

    @Test
    void however_active_a_session_ends_at_its_absolute_lifetime() {
        Login login = api.login(api.registered(), IPHONE);
        for (int week = 0; week < 12; week++) {
            clock.advance(Duration.ofDays(7));
            assertThat(api.get("/api/v1/sessions", login.token()).status()).isEqualTo(200);
        }

        clock.advance(Duration.ofDays(7));

        assertThat(api.get("/api/v1/sessions", login.token()).status()).isEqualTo(401);
    }

    @Test
    void parallel_logins_beyond_the_cap_leave_exactly_the_cap_alive() throws Exception {
        String phone = api.registered();

        List<Login> logins = Concurrently.race(12, () -> api.login(phone, IPHONE));

        int alive = 0;
        for (Login login : logins) {
            alive += api.get("/api/v1/sessions", login.token()).status() == 200 ? 1 : 0;
        }
        assertThat(alive).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from sessions s join users u on u.id = s.user_id "
                + "where u.phone = ?", Integer.class, phone)).isEqualTo(3);
    }

    @Test
    void changing_the_password_signs_out_the_other_devices_and_needs_the_current_password() {
        String phone = api.registered();
        Login phoneSession = api.login(phone, IPHONE);
        Login laptop = api.login(phone, WINDOWS_CHROME);

        Reply wrong = changePassword(laptop, "not my password", "a brand new password");
        Reply weak = changePassword(laptop, PASSWORD, "short");
        Reply changed = changePassword(laptop, PASSWORD, "a brand new password");

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("revoked").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/sessions", phoneSession.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/sessions", laptop.token()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/login", ApiClient.credentials(phone, PASSWORD), Map.of()).status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", ApiClient.credentials(phone, "a brand new password"), Map.of())
                .status()).isEqualTo(200);
        assertThat(eventTypes(laptop)).contains("password_changed", "password_change_failed", "login_succeeded");
    }

    @Test
    void the_activity_feed_shows_a_new_sign_in_with_its_device() {
        String phone = api.registered();
        Login first = api.login(phone, WINDOWS_CHROME);
        api.login(phone, IPHONE);

        JsonNode page = api.get("/api/v1/sessions/events?size=1", first.token()).json();

        JsonNode newest = page.get("events").get(0);
        assertThat(newest.get("type").asString()).isEqualTo("login_succeeded");
        assertThat(newest.get("device_os").asString()).isEqualTo("iOS 17");
        assertThat(newest.get("new_device").asBoolean()).isTrue();
        assertThat(newest.get("new_ip_address").asBoolean()).isFalse();
        assertThat(page.get("has_more").asBoolean()).isTrue();
    }

    private Reply changePassword(Login login, String current, String next) {
        return api.changePassword(login.token(), current, next);
    }

    private List<String> eventTypes(Login login) {
        List<String> types = new java.util.ArrayList<>();
        api.get("/api/v1/sessions/events?size=100", login.token()).json().get("events")
                .forEach(e -> types.add(e.get("type").asString()));
        return types;
    }

    /** Second-precision UTC, as the API writes timestamps. */
    private static String secondPrecision(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** Replaces the service's clock with one the test moves; tokens, expiry and purge all read it. */
    @TestConfiguration
    static class HandDrivenClock {

        @Bean
        @Primary
        MutableClock handDrivenClock() {
            return new MutableClock(Instant.now());
        }
    }
}
