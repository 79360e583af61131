package com.loginsessions.bootstrap;

import static com.loginsessions.bootstrap.ApiClient.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.fakes.Concurrently;
import com.loginsessions.bootstrap.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What an outside attacker tries, over real HTTP, behind a trusted proxy (the test itself, on 127.0.0.1), so that
 * X-Forwarded-For sets each request's client address.
 */
@TestPropertySource(properties = {
        "app.web.trusted-proxies=127.0.0.1",
        "app.login-throttle.max-failures-per-phone-and-address=5",
        "app.login-throttle.max-failures-per-phone=12",
        "app.login-throttle.max-failures-per-address=20",
        "app.login-throttle.max-sign-ups-per-address=6"
})
class AttackerEndToEndTest extends RunningServiceTest {

    @Test
    void a_stranger_guessing_a_number_does_not_lock_its_owner_out_of_sign_in_or_password_change() {
        String phone = api.registered();
        ApiClient.Login owner = signIn(phone, PASSWORD, "198.51.100.20");
        for (int i = 0; i < 5; i++) {
            assertThat(login(phone, "a guess " + i, "203.0.113.66").status()).isEqualTo(401);
        }
        assertThat(login(phone, PASSWORD, "203.0.113.66").status()).as("the stranger's network").isEqualTo(429);

        assertThat(login(phone, PASSWORD, "198.51.100.21").status()).as("the owner elsewhere").isEqualTo(200);
        assertThat(changePassword(owner, PASSWORD, "a brand new password").status()).isEqualTo(200);
    }

    @Test
    void many_strangers_together_are_limited_per_number_but_never_block_a_password_change() {
        String phone = api.registered();
        ApiClient.Login owner = signIn(phone, PASSWORD, "198.51.100.30");
        for (int i = 0; i < 12; i++) {
            assertThat(login(phone, "a guess", "203.0.113." + (100 + i)).status()).isEqualTo(401);
        }

        assertThat(login(phone, PASSWORD, "203.0.113.200").status()).isEqualTo(429);
        assertThat(changePassword(owner, PASSWORD, "a brand new password").status()).isEqualTo(200);
    }

    @Test
    void a_parallel_burst_of_guesses_is_evaluated_no_more_often_than_the_limit() throws Exception {
        for (int round = 0; round < 5; round++) {
            String phone = api.registered();
            String attacker = "203.0.113." + (10 + round);

            List<Integer> statuses = Concurrently.race(40, () -> login(phone, "a guess", attacker).status());

            assertThat(statuses.stream().filter(s -> s == 401).count()).as("round %d: %s", round, statuses).isEqualTo(5);
            assertThat(statuses).containsOnly(401, 429);
        }
    }

    @Test
    void rotating_addresses_inside_one_ipv6_64_does_not_escape_the_network_limit() {
        for (int i = 1; i <= 20; i++) {
            assertThat(login(ApiClient.newPhone(), "a guess", "2001:db8:7:7::" + Integer.toHexString(i)).status())
                    .isEqualTo(401);
        }

        assertThat(login(ApiClient.newPhone(), "a guess", "2001:db8:7:7:ffff:1:2:3").status()).isEqualTo(429);
        assertThat(login(ApiClient.newPhone(), "a guess", "2001:db8:7:8::1").status()).as("the next /64").isEqualTo(401);
    }

    @Test
    void addresses_are_stored_in_canonical_form_whatever_the_notation() {
        String phone = api.registered();
        ApiClient.Login login = signIn(phone, PASSWORD, "2001:DB8:0:0:0:0:0:5");
        login(phone, PASSWORD, "2001:db8::5");
        login(phone, PASSWORD, "::ffff:198.51.100.9");

        JsonNode sessions = api.get("/api/v1/sessions/", login.token()).json().get("sessions");

        List<String> addresses = new ArrayList<>();
        sessions.forEach(s -> addresses.add(s.get("ip_address").asString()));
        assertThat(addresses).containsExactlyInAnyOrder("2001:db8::5", "2001:db8::5", "198.51.100.9");
        JsonNode events = api.get("/api/v1/sessions/events?size=10", login.token()).json().get("events");
        assertThat(events.get(1).get("new_ip_address").asBoolean()).as("the same address, written otherwise").isFalse();
    }

    @Test
    void forwarded_for_hops_with_ports_are_read_and_garbage_falls_back_to_the_peer_never_a_500() {
        String phone = api.registered();
        ApiClient.Login login = signIn(phone, PASSWORD, "203.0.113.7:4444");
        login(phone, PASSWORD, "[2001:db8::9]:4444");
        for (String garbage : List.of(":::", "1:2", "unknown", "[::1", "1.2.3.4:99999", "<script>", "\u00e9", "a, b, c")) {
            assertThat(login(phone, PASSWORD, garbage).status()).as(garbage).isEqualTo(200);
        }

        List<String> addresses = new ArrayList<>();
        api.get("/api/v1/sessions/", login.token()).json().get("sessions")
                .forEach(s -> addresses.add(s.get("ip_address").asString()));
        assertThat(addresses).contains("203.0.113.7", "2001:db8::9", "127.0.0.1");
    }

    @Test
    void refused_sign_ins_are_one_event_per_window_with_a_count() {
        String phone = api.registered();
        ApiClient.Login owner = signIn(phone, PASSWORD, "198.51.100.40");
        for (int i = 0; i < 5; i++) {
            login(phone, "a guess", "203.0.113.41");
        }
        for (int i = 0; i < 30; i++) {
            assertThat(login(phone, "a guess", "203.0.113.41").status()).isEqualTo(429);
        }

        List<JsonNode> throttled = new ArrayList<>();
        api.get("/api/v1/sessions/events?size=100", owner.token()).json().get("events").forEach(e -> {
            if (e.get("type").asString().equals("login_throttled")) {
                throttled.add(e);
            }
        });
        assertThat(throttled).singleElement().satisfies(e -> {
            assertThat(e.get("attempts").asInt()).isEqualTo(30);
            assertThat(e.get("ip_address").asString()).isEqualTo("203.0.113.41");
        });
    }

    @Test
    void a_network_spraying_random_numbers_past_its_limit_adds_no_throttle_row_per_number() {
        String spraying = "203.0.113.61";
        for (int i = 0; i < 20; i++) {
            assertThat(login(ApiClient.newPhone(), "a guess", spraying).status()).isEqualTo(401);
        }
        Long rowsAtTheLimit = jdbc.queryForObject("select count(*) from login_throttle", Long.class);

        for (int i = 0; i < 300; i++) {
            assertThat(login(ApiClient.newPhone(), "a guess", spraying).status()).isEqualTo(429);
        }

        Long rowsAfter = jdbc.queryForObject("select count(*) from login_throttle", Long.class);
        assertThat(rowsAfter - rowsAtTheLimit).as("rows added by 300 refused numbers").isLessThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select failures from login_throttle where throttle_key = ?", Integer.class,
                "refused-network:" + spraying)).as("the refusals, counted on the network").isEqualTo(300);
    }

    @Test
    void sign_ups_are_limited_per_network() {
        for (int i = 0; i < 6; i++) {
            assertThat(register(ApiClient.newPhone(), "203.0.113.51").status()).isEqualTo(201);
        }

        Reply refused = register(ApiClient.newPhone(), "203.0.113.51");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(register(ApiClient.newPhone(), "203.0.113.52").status()).isEqualTo(201);
    }

    @Test
    void text_fields_take_json_strings_of_storable_unicode_only() {
        String phone = ApiClient.newPhone();
        for (String body : List.of(
                "{\"phone\":\"" + phone + "\",\"password\":12345678}",
                "{\"phone\":true,\"password\":\"correct horse battery\"}",
                "{\"phone\":[\"" + phone + "\"],\"password\":\"correct horse battery\"}",
                "{\"phone\":\"+1415\\u0000555\",\"password\":\"correct horse battery\"}",
                "{\"phone\":\"" + phone + "\",\"password\":\"\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800\"}",
                "{\"phone\":\"" + phone + "\",\"password\":\"abc\\udc00defghij\"}")) {
            for (String path : List.of("/api/v1/auth/register", "/api/v1/auth/login")) {
                Reply reply = api.post(path, body, Map.of());
                assertThat(reply.status()).as(path + " " + body).isEqualTo(400);
                assertThat(reply.json().get("detail").asString()).as(body).containsAnyOf("phone", "Phone", "password", "Password");
            }
        }
        assertThat(api.post("/api/v1/auth/login", ApiClient.credentials(phone, "????????"), Map.of()).status())
                .as("nothing was registered").isEqualTo(401);
        ApiClient.Login login = api.login(api.registered(), ApiClient.IPHONE);
        Reply change = api.send(api.builder("/api/v1/auth/password", login.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"current_password\":\"x\\u0000\",\"new_password\":\"a new password\"}")));
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.json().get("detail").asString()).contains("current_password");
    }

    @Test
    void metrics_are_not_public_and_http_odds_and_ends_are_problems() {
        assertThat(api.get("/actuator/metrics", null).status()).isEqualTo(404);
        assertThat(api.get("/actuator/health/liveness", null).status()).as("probes are not on the API port").isEqualTo(404);
        assertThat(management.get("/actuator/metrics", null).status()).isEqualTo(404);
        assertThat(management.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", null).status()).as("no metrics on the API port").isEqualTo(404);
        api.login(api.registered(), ApiClient.IPHONE);
        Reply scrape = management.get("/actuator/prometheus", null);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.text()).contains("security_events_total{").contains("http_server_requests_seconds_count{")
                .contains("sessions_live").contains("hikaricp_connections_active").contains("jvm_memory_used_bytes");

        Reply error = api.get("/error", null);
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.header("Content-Type")).startsWith("application/problem+json");

        assertThat(RawHttp.exchange(port, "CONNECT 127.0.0.1:" + port + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
                .as("CONNECT").startsWith("HTTP/1.1 405").contains("Allow: ").contains("application/problem+json");

        Reply badAccept = api.send(api.builder("/api/v1/sessions/", null).header("Accept", ";;;===").GET());
        assertThat(badAccept.status()).isEqualTo(400);
        assertThat(badAccept.json().get("detail").asString()).contains("Accept");
    }

    @Test
    void account_data_is_never_cached_however_the_path_is_spelled_and_https_gets_hsts() {
        ApiClient.Login login = api.login(api.registered(), ApiClient.IPHONE);

        Reply encoded = api.get("/%61pi/v1/sessions/", login.token());

        assertThat(encoded.status()).isEqualTo(200);
        assertThat(encoded.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.get("/api/v1/sessions/", login.token()).header("Strict-Transport-Security")).isNull();
        Reply viaHttps = api.send(api.builder("/api/v1/sessions/", login.token())
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(viaHttps.header("Strict-Transport-Security")).startsWith("max-age=");
    }

    private ApiClient.Login signIn(String phone, String password, String from) {
        Reply reply = login(phone, password, from);
        return reply.status() == 200
                ? new ApiClient.Login(reply.json().get("access_token").asString(), reply.json().get("session_id").asString())
                : null;
    }

    private Reply login(String phone, String password, String from) {
        return api.post("/api/v1/auth/login", ApiClient.credentials(phone, password), Map.of("X-Forwarded-For", from));
    }

    private Reply register(String phone, String from) {
        return api.post("/api/v1/auth/register", ApiClient.credentials(phone, PASSWORD), Map.of("X-Forwarded-For", from));
    }

    private Reply changePassword(ApiClient.Login login, String current, String next) {
        return api.changePassword(login.token(), current, next);
    }
}
