package com.loginsessions.bootstrap;

import static com.loginsessions.bootstrap.ApiClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.bootstrap.ApiClient.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Small limits and a 3-second window, so the whole cycle — refused, then allowed again — fits in a test. */
@TestPropertySource(properties = {
        "app.login-throttle.max-failures-per-phone=3",
        "app.login-throttle.max-failures-per-address=8",
        "app.login-throttle.window=3s"
})
class LoginThrottlingEndToEndTest extends RunningServiceTest {

    @Test
    void a_phone_past_its_failures_gets_429_even_with_the_right_password_then_works_after_the_window()
            throws InterruptedException {
        String phone = api.registered();
        for (int i = 0; i < 3; i++) {
            assertThat(login(phone, "wrong password", null).status()).isEqualTo(401);
        }

        Reply refused = login(phone, PASSWORD, null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 3);

        Thread.sleep(3_100);
        assertThat(login(phone, PASSWORD, null).status()).isEqualTo(200);
    }

    @Test
    void unknown_numbers_are_throttled_exactly_like_real_ones() {
        String known = api.registered();
        String unknown = ApiClient.newPhone();
        for (int i = 0; i < 3; i++) {
            login(known, "wrong password", null);
            login(unknown, "wrong password", null);
        }

        Reply knownReply = login(known, "wrong password", null);
        Reply unknownReply = login(unknown, "wrong password", null);

        assertThat(knownReply.status()).isEqualTo(429);
        assertThat(unknownReply.status()).isEqualTo(429);
        assertThat(knownReply.headers().keySet()).isEqualTo(unknownReply.headers().keySet());
    }

    @Test
    void rotating_phone_numbers_and_forwarded_for_headers_does_not_escape_the_address_limit() {
        String real = api.registered();
        for (int i = 0; i < 8; i++) {
            login(ApiClient.newPhone(), "wrong password", "198.51.100." + i);
        }

        assertThat(login(real, PASSWORD, "203.0.113.77").status()).isEqualTo(429);
    }

    private Reply login(String phone, String password, String forwardedFor) {
        return api.post("/api/v1/auth/login", ApiClient.credentials(phone, password),
                forwardedFor == null ? Map.of() : Map.of("X-Forwarded-For", forwardedFor));
    }
}
