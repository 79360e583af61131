package com.loginsessions.bootstrap;

import static com.loginsessions.bootstrap.ApiClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.bootstrap.ApiClient.Login;
import com.loginsessions.bootstrap.ApiClient.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Someone who knows the old password keeps signing in while the owner changes it: after the change's 200, no
 * session made with the old password is alive, whichever way the race went. The real Argon2id cost makes each
 * sign-in spend tens of milliseconds between checking the password and storing its session, the window a login
 * loop can hit.
 */
class PasswordChangeRaceEndToEndTest extends RunningServiceTest {

    private static final int ROUNDS = 20;
    private static final int ATTACKERS = 3;

    @DynamicPropertySource
    static void realHashCost(DynamicPropertyRegistry registry) {
        registry.add("app.password.argon2-memory-kib", () -> "19456");
        registry.add("app.password.argon2-iterations", () -> "2");
    }

    @Test
    void no_session_signed_in_with_the_old_password_survives_the_change() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            jdbc.update("delete from login_throttle");
            String phone = api.registered();
            Login owner = api.login(phone, ApiClient.WINDOWS_CHROME);
            List<String> attackerTokens = Collections.synchronizedList(new ArrayList<>());
            AtomicLong changedAt = new AtomicLong();

            try (ExecutorService attackers = Executors.newFixedThreadPool(ATTACKERS)) {
                List<Future<?>> loops = new ArrayList<>();
                for (int i = 0; i < ATTACKERS; i++) {
                    loops.add(attackers.submit(() -> {
                        while (changedAt.get() == 0 || System.nanoTime() - changedAt.get() < 200_000_000L) {
                            Reply reply = api.post("/api/v1/auth/login", ApiClient.credentials(phone, PASSWORD), Map.of());
                            if (reply.status() == 200) {
                                attackerTokens.add(reply.json().get("access_token").asString());
                            }
                        }
                    }));
                }
                Thread.sleep(40 + round * 7L % 60);
                Reply change = api.changePassword(owner.token(), PASSWORD, "a brand new password");
                assertThat(change.status()).as("round %d", round).isEqualTo(200);
                changedAt.set(System.nanoTime());
                for (Future<?> loop : loops) {
                    loop.get();
                }
            }

            for (String token : List.copyOf(attackerTokens)) {
                assertThat(api.get("/api/v1/sessions/", token).status())
                        .as("round %d: a session signed in with the old password", round).isEqualTo(401);
            }
            assertThat(jdbc.queryForObject("select count(*) from sessions s join users u on u.id = s.user_id "
                    + "where u.phone = ?", Integer.class, phone)).as("round %d", round).isEqualTo(1);
        }
    }
}
