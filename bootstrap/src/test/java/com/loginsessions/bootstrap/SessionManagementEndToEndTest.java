package com.loginsessions.bootstrap;

import static com.loginsessions.bootstrap.ApiClient.IPAD;
import static com.loginsessions.bootstrap.ApiClient.IPHONE;
import static com.loginsessions.bootstrap.ApiClient.PASSWORD;
import static com.loginsessions.bootstrap.ApiClient.WINDOWS_CHROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.fakes.Concurrently;
import com.loginsessions.bootstrap.ApiClient.Login;
import com.loginsessions.bootstrap.ApiClient.Reply;
import com.loginsessions.domain.TokenHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The how-to-test walk-through, and the promises around it, against the running jar's code over HTTP. */
class SessionManagementEndToEndTest extends RunningServiceTest {

    @Test
    void walk_through_register_login_list_revoke_one_revoke_others() {
        // 1. register (two spellings of one number are one account)
        String phone = ApiClient.newPhone();
        String typed = phone.substring(0, 2) + " " + phone.substring(2, 5) + "-" + phone.substring(5, 8) + "-" + phone.substring(8);
        Reply registered = api.post("/api/v1/auth/register", ApiClient.credentials(typed, PASSWORD), Map.of());
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("phone").asString()).isEqualTo(phone);
        assertThat(registered.json().get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(api.post("/api/v1/auth/register", ApiClient.credentials(phone, PASSWORD), Map.of()).status())
                .isEqualTo(409);

        // 2. log in from three devices
        Reply loginReply = api.post("/api/v1/auth/login", ApiClient.credentials(phone, PASSWORD),
                Map.of("User-Agent", IPHONE));
        assertThat(loginReply.status()).isEqualTo(200);
        assertThat(loginReply.header("Cache-Control")).contains("no-store");
        assertThat(loginReply.json().get("token_type").asString()).isEqualTo("bearer");
        assertThat(loginReply.json().get("expires_in").asLong()).isPositive();
        Login iphone = new Login(loginReply.json().get("access_token").asString(),
                loginReply.json().get("session_id").asString());
        Login laptop = api.login(phone, WINDOWS_CHROME);
        Login tablet = api.login(phone, IPAD);

        // 3. list from the laptop: current first, devices recognised, nothing internal exposed
        Reply list = api.get("/api/v1/sessions/", laptop.token());
        assertThat(list.status()).isEqualTo(200);
        JsonNode body = list.json();
        assertThat(body.get("total_devices").asInt()).isEqualTo(3);
        JsonNode first = body.get("sessions").get(0);
        assertThat(first.get("id").asString()).isEqualTo(laptop.sessionId());
        assertThat(first.get("is_current").asBoolean()).isTrue();
        assertThat(first.get("device_os").asString()).as("Windows NT 10.0 is 10 or 11").isEqualTo("Windows");
        assertThat(first.get("device_browser").asString()).isEqualTo("Chrome 124");
        assertThat(first.get("device_type").asString()).isEqualTo("desktop");
        assertThat(first.get("ip_address").asString()).isEqualTo("127.0.0.1");
        assertThat(first.get("last_active_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "device_os", "device_browser",
                "device_type", "device_model", "ip_address", "last_active_at", "created_at", "is_current", "expires_at");
        JsonNode iphoneEntry = entryFor(body, iphone.sessionId());
        assertThat(iphoneEntry.get("device_os").asString()).isEqualTo("iOS 17");
        assertThat(iphoneEntry.get("device_type").asString()).isEqualTo("mobile");
        assertThat(iphoneEntry.get("is_current").asBoolean()).isFalse();
        assertThat(entryFor(body, tablet.sessionId()).get("device_type").asString()).isEqualTo("tablet");

        // 4. the same list without the trailing slash
        assertThat(api.get("/api/v1/sessions", laptop.token()).json().get("total_devices").asInt()).isEqualTo(3);

        // 5. sign out the iPhone from the laptop; its very next request is refused
        Reply revoked = api.delete("/api/v1/sessions/" + iphone.sessionId(), laptop.token());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("message").asString()).isEqualTo("Session signed out successfully");
        Reply refused = api.get("/api/v1/sessions/", iphone.token());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");

        // 6. signing it out again: 404
        assertThat(api.delete("/api/v1/sessions/" + iphone.sessionId(), laptop.token()).status()).isEqualTo(404);

        // 7. sign out all others: the tablet goes, the laptop stays
        Login phoneAgain = api.login(phone, IPHONE);
        Reply others = api.delete("/api/v1/sessions/", laptop.token());
        assertThat(others.status()).isEqualTo(200);
        assertThat(others.json().get("message").asString()).isEqualTo("Signed out of all other devices");
        assertThat(others.json().get("revoked").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/sessions/", tablet.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/sessions/", phoneAgain.token()).status()).isEqualTo(401);

        // 8. the laptop is the only session left
        JsonNode remaining = api.get("/api/v1/sessions/", laptop.token()).json();
        assertThat(remaining.get("total_devices").asInt()).isEqualTo(1);
        assertThat(remaining.get("sessions").get(0).get("id").asString()).isEqualTo(laptop.sessionId());
    }

    @Test
    void client_hints_show_windows_11_and_the_phone_model() {
        String phone = api.registered();
        api.post("/api/v1/auth/login", ApiClient.credentials(phone, PASSWORD), Map.of(
                "User-Agent", WINDOWS_CHROME, "Sec-CH-UA-Platform", "\"Windows\"", "Sec-CH-UA-Platform-Version", "\"15.0.0\""));
        Reply android = api.post("/api/v1/auth/login", ApiClient.credentials(phone, PASSWORD), Map.of(
                "User-Agent", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
                "Sec-CH-UA-Mobile", "?1", "Sec-CH-UA-Platform", "\"Android\"", "Sec-CH-UA-Platform-Version", "\"14.0.0\"",
                "Sec-CH-UA-Model", "\"Pixel 8\""));
        assertThat(android.header("Accept-CH")).contains("Sec-CH-UA-Platform-Version", "Sec-CH-UA-Model");

        JsonNode sessions = api.get("/api/v1/sessions", android.json().get("access_token").asString()).json().get("sessions");

        assertThat(sessions.get(0).get("device_os").asString()).isEqualTo("Android 14");
        assertThat(sessions.get(0).get("device_model").asString()).isEqualTo("Pixel 8");
        assertThat(sessions.get(1).get("device_os").asString()).isEqualTo("Windows 11");
        assertThat(sessions.get(1).get("device_model").isNull()).isTrue();
    }

    @Test
    void a_frozen_mac_agent_shows_macos_and_its_client_hints_the_real_version() {
        String phone = api.registered();
        String mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        Login frozen = login(phone, Map.of("User-Agent", mac));
        login(phone, Map.of("User-Agent", mac, "Sec-CH-UA-Platform", "\"macOS\"", "Sec-CH-UA-Platform-Version", "\"15.2.0\""));

        JsonNode sessions = api.get("/api/v1/sessions/", frozen.token()).json().get("sessions");

        assertThat(sessions.get(0).get("device_os").asString()).isEqualTo("macOS");
        assertThat(sessions.get(1).get("device_os").asString()).isEqualTo("macOS 15");
    }

    private Login login(String phone, Map<String, String> headers) {
        Reply reply = api.post("/api/v1/auth/login", ApiClient.credentials(phone, PASSWORD), headers);
        assertThat(reply.status()).isEqualTo(200);
        return new Login(reply.json().get("access_token").asString(), reply.json().get("session_id").asString());
    }

    @Test
    void logout_kills_the_token_and_signing_out_ones_own_session_is_a_logout() {
        String phone = api.registered();
        Login one = api.login(phone, IPHONE);
        Login two = api.login(phone, IPHONE);

        assertThat(api.postAuthenticated("/api/v1/auth/logout", one.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/sessions", one.token()).status()).isEqualTo(401);
        assertThat(api.postAuthenticated("/api/v1/auth/logout", one.token()).status()).isEqualTo(401);

        assertThat(api.delete("/api/v1/sessions/" + two.sessionId(), two.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/sessions", two.token()).status()).isEqualTo(401);
    }

    @Test
    void wrong_password_and_unknown_phone_get_the_same_answer() {
        String phone = api.registered();

        Reply wrongPassword = api.post("/api/v1/auth/login", ApiClient.credentials(phone, "wrong password"), Map.of());
        Reply unknownPhone = api.post("/api/v1/auth/login", ApiClient.credentials(ApiClient.newPhone(), PASSWORD), Map.of());

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownPhone.status()).isEqualTo(401);
        assertThat(stripInstance(wrongPassword.text())).isEqualTo(stripInstance(unknownPhone.text()));
    }

    @Test
    void users_cannot_see_or_sign_out_each_others_sessions() {
        Login alice = api.login(api.registered(), IPHONE);
        Login bob = api.login(api.registered(), WINDOWS_CHROME);

        Reply aliceDeletesBob = api.delete("/api/v1/sessions/" + bob.sessionId(), alice.token());
        Reply aliceDeletesNobody = api.delete("/api/v1/sessions/" + ApiClient.randomSessionId(), alice.token());
        assertThat(aliceDeletesBob.status()).isEqualTo(404);
        assertThat(stripInstance(aliceDeletesBob.text())).isEqualTo(stripInstance(aliceDeletesNobody.text()));

        assertThat(api.delete("/api/v1/sessions/", alice.token()).json().get("revoked").asInt()).isZero();
        JsonNode bobs = api.get("/api/v1/sessions/", bob.token()).json();
        assertThat(bobs.get("total_devices").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/sessions/", alice.token()).text()).doesNotContain(bob.sessionId());
    }

    @Test
    void the_store_keeps_only_the_sha256_of_the_token() {
        Login login = api.login(api.registered(), IPHONE);

        Map<String, Object> row = jdbc.queryForMap("select * from sessions where id = ?::uuid", login.sessionId());

        assertThat(row.get("token_hash")).isEqualTo(TokenHash.of(login.token()).hex());
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(login.token()));
    }

    @Test
    void a_forwarded_for_header_from_a_client_is_not_believed() {
        String phone = api.registered();
        api.post("/api/v1/auth/login", ApiClient.credentials(phone, PASSWORD),
                Map.of("User-Agent", IPHONE, "X-Forwarded-For", "203.0.113.9", "X-Real-IP", "203.0.113.9"));
        Login login = api.login(phone, IPHONE);

        JsonNode sessions = api.get("/api/v1/sessions", login.token()).json().get("sessions");

        sessions.forEach(s -> assertThat(s.get("ip_address").asString()).isEqualTo("127.0.0.1"));
    }

    @Test
    void a_missing_or_huge_user_agent_still_logs_in() {
        String phone = api.registered();
        Reply noAgent = api.send(api.builder("/api/v1/auth/login", null)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ApiClient.credentials(phone, PASSWORD))));
        Login huge = api.login(phone, "Mozilla/5.0 " + "(X".repeat(2000));

        assertThat(noAgent.status()).isEqualTo(200);
        JsonNode list = api.get("/api/v1/sessions", huge.token()).json();
        assertThat(list.get("total_devices").asInt()).isEqualTo(2);
        list.get("sessions").forEach(s -> assertThat(s.get("device_os").asString().length()).isLessThanOrEqualTo(64));
    }

    @Test
    void forty_parallel_logins_of_one_user_are_forty_sessions() throws Exception {
        String phone = api.registered();

        List<Login> logins = Concurrently.race(40, () -> api.login(phone, IPHONE));

        assertThat(logins.stream().map(Login::sessionId).distinct()).hasSize(40);
        assertThat(api.get("/api/v1/sessions", logins.get(0).token()).json().get("total_devices").asInt()).isEqualTo(40);
    }

    @Test
    void racing_deletes_of_one_session_succeed_once() throws Exception {
        String phone = api.registered();
        Login keeper = api.login(phone, WINDOWS_CHROME);
        Login target = api.login(phone, IPHONE);

        List<Integer> statuses = Concurrently.race(10, () -> api.delete("/api/v1/sessions/" + target.sessionId(), keeper.token()).status());

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 404);
    }

    @Test
    void no_request_sent_after_a_revocation_answers_gets_through() throws Exception {
        String phone = api.registered();
        Login keeper = api.login(phone, WINDOWS_CHROME);
        Login victim = api.login(phone, IPHONE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> background = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                background.add(pool.submit(() -> api.get("/api/v1/sessions", victim.token()).status()));
            }
            assertThat(api.delete("/api/v1/sessions/" + victim.sessionId(), keeper.token()).status()).isEqualTo(200);

            List<Integer> after = Concurrently.race(20, () -> api.get("/api/v1/sessions", victim.token()).status());

            assertThat(after).containsOnly(401);
            for (Future<Integer> f : background) {
                assertThat(f.get()).isIn(200, 401);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void two_devices_signing_out_all_others_at_once_never_both_succeed() throws Exception {
        for (int round = 0; round < 5; round++) {
            String phone = api.registered();
            Login phoneSession = api.login(phone, IPHONE);
            Login laptop = api.login(phone, WINDOWS_CHROME);

            List<Integer> statuses = Concurrently.race(2, new Callable<>() {
                private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

                @Override
                public Integer call() {
                    Login caller = next.getAndIncrement() == 0 ? phoneSession : laptop;
                    return api.delete("/api/v1/sessions/", caller.token()).status();
                }
            });

            assertThat(statuses).containsExactlyInAnyOrder(200, 401);
            int alive = 0;
            for (Login login : List.of(phoneSession, laptop)) {
                alive += api.get("/api/v1/sessions", login.token()).status() == 200 ? 1 : 0;
            }
            assertThat(alive).isEqualTo(1);
        }
    }

    private static JsonNode entryFor(JsonNode list, String sessionId) {
        for (JsonNode session : list.get("sessions")) {
            if (session.get("id").asString().equals(sessionId)) {
                return session;
            }
        }
        throw new AssertionError("no session " + sessionId + " in " + list);
    }

    private static String stripInstance(String problem) {
        return problem.replaceAll("\"instance\":\"[^\"]*\"", "");
    }
}
