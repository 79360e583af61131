package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.bootstrap.ApiClient.Login;
import com.loginsessions.bootstrap.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Seeded random requests — methods, paths, ids, Authorization, Accept and X-Forwarded-For headers, content types
 * and bodies (text the database cannot store, values of the wrong JSON type) — against the running service behind
 * a trusted proxy: none may answer 5xx, every error must be problem details, and another user's sessions must
 * come through untouched. The seed is in every assertion message, so a failure can be replayed.
 */
@TestPropertySource(properties = "app.web.trusted-proxies=127.0.0.1")
class ApiFuzzEndToEndTest extends RunningServiceTest {

    private static final long SEED = 7_2026_1128L;
    private static final String[] METHODS = {"GET", "POST", "DELETE", "PUT", "PATCH"};
    private static final String[] CONTENT_TYPES = {null, "application/json", "text/plain", "application/xml",
            "application/json; charset=utf-16", "multipart/form-data; boundary=x", "*/*", "garbage", ";;;==="};
    private static final String[] ACCEPTS = {null, "application/json", "text/html", "*/*", ";;;===", "application/xml",
            "application/problem+json;q=0.1, text/plain", "garbage/", "*/*;q=abc"};
    private static final String[] FORWARDED_FOR = {null, "203.0.113.7", "203.0.113.7:4444", "[2001:db8::1]:80",
            ":::", "1:2", "unknown", "[::1", "2001:DB8:0:0:0:0:0:5", "::ffff:198.51.100.1", "a, b", "999.0.0.1", ","};

    @Test
    void random_requests_never_cause_a_server_error_nor_touch_another_users_sessions() {
        String victimPhone = api.registered();
        Login victimPhoneSession = api.login(victimPhone, ApiClient.IPHONE);
        Login victimLaptop = api.login(victimPhone, ApiClient.WINDOWS_CHROME);
        String attackerPhone = api.registered();
        Login attacker = api.login(attackerPhone, ApiClient.IPHONE);
        String victimBefore = sessionIds(victimLaptop);

        Random random = new Random(SEED);
        for (int i = 0; i < 400; i++) {
            String method = METHODS[random.nextInt(METHODS.length)];
            String path = path(random, victimPhoneSession, attacker);
            String body = body(random, victimPhone);
            HttpRequest.Builder request = api.builder(path, null)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            String authorization = authorization(random, attacker, victimPhoneSession);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.header("User-Agent", printable(random, random.nextInt(300)));
            String accept = ACCEPTS[random.nextInt(ACCEPTS.length)];
            if (accept != null) {
                request.header("Accept", accept);
            }
            String forwardedFor = FORWARDED_FOR[random.nextInt(FORWARDED_FOR.length)];
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }

            Reply reply = api.send(request);

            String replay = "seed " + SEED + " request " + i + ": " + method + " " + path + " auth=" + authorization
                    + " type=" + contentType + " accept=" + accept + " xff=" + forwardedFor + " body=" + body;
            assertThat(reply.status()).as(replay).isLessThan(500);
            if (reply.status() >= 400) {
                assertThat(reply.header("Content-Type")).as(replay).startsWith("application/problem+json");
            }
        }

        assertThat(sessionIds(victimLaptop)).isEqualTo(victimBefore);
    }

    private String sessionIds(Login login) {
        List<String> ids = new ArrayList<>();
        for (JsonNode session : api.get("/api/v1/sessions", login.token()).json().get("sessions")) {
            ids.add(session.get("id").asString());
        }
        ids.sort(null);
        return String.join(",", ids);
    }

    private static String path(Random random, Login victim, Login attacker) {
        return switch (random.nextInt(13)) {
            case 9 -> "/api/v1/auth/password";
            case 10 -> "/error";
            case 11 -> "/%61pi/v1/sessions/";
            case 12 -> "/actuator/" + encodedJunk(random);
            case 0 -> "/api/v1/auth/register";
            case 1 -> "/api/v1/auth/login";
            case 2 -> "/api/v1/auth/logout";
            case 3 -> "/api/v1/sessions";
            case 4 -> "/api/v1/sessions/";
            case 5 -> "/api/v1/sessions/" + victim.sessionId();
            case 6 -> "/api/v1/sessions/" + attacker.sessionId() + (random.nextBoolean() ? "/" : "");
            case 7 -> "/api/v1/sessions/" + encodedJunk(random);
            default -> "/api/v1/" + encodedJunk(random) + "/" + encodedJunk(random);
        };
    }

    private static String authorization(Random random, Login attacker, Login victim) {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> "Bearer " + attacker.token();
            case 2 -> "Bearer " + victim.token().substring(0, victim.token().length() - 2) + "xx";
            case 3 -> "Bearer " + printable(random, random.nextInt(200));
            case 4 -> "Bearer";
            case 5 -> "Basic " + printable(random, 20);
            case 6 -> "bearer " + attacker.token() + " " + attacker.token();
            default -> printable(random, random.nextInt(100));
        };
    }

    private static String body(Random random, String phone) {
        String[] unstorable = {"\\u0000", "\\ud800", "\\udfff", "a\\ud83d", "\\ud83d\\ude00"};
        String[] wrongTypes = {"12345678", "true", "null", "[\"x\"]", "{\"a\":1}", "1.5e300"};
        return switch (random.nextInt(10)) {
            case 7 -> "{\"phone\":\"" + phone + unstorable[random.nextInt(unstorable.length)] + "\",\"password\":\""
                    + "long enough " + unstorable[random.nextInt(unstorable.length)] + "\"}";
            case 8 -> "{\"phone\":" + wrongTypes[random.nextInt(wrongTypes.length)] + ",\"password\":"
                    + wrongTypes[random.nextInt(wrongTypes.length)] + "}";
            case 9 -> "{\"current_password\":" + (random.nextBoolean() ? wrongTypes[random.nextInt(wrongTypes.length)]
                    : "\"x" + unstorable[random.nextInt(unstorable.length)] + "\"") + ",\"new_password\":\"a new password\"}";
            case 0 -> null;
            case 1 -> ApiClient.credentials(phone, printable(random, random.nextInt(200)));
            case 2 -> "{\"phone\":" + random.nextLong() + ",\"password\":[1,2,{}]}";
            case 3 -> "{\"phone\":\"" + printable(random, 30).replace("\"", "").replace("\\", "") + "\"}";
            case 4 -> printable(random, random.nextInt(2_000));
            case 5 -> "[" + "[".repeat(random.nextInt(5_000)) + "]";
            default -> "{\"phone\":null,\"password\":null,\"extra\":\"" + "x".repeat(random.nextInt(20_000)) + "\"}";
        };
    }

    private static String printable(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x20 + random.nextInt(0x5f)));
        }
        return text.toString();
    }

    private static String encodedJunk(Random random) {
        String[] pieces = {"a", "1", "-", "%00", "%2F", "..", "%2e%2e", "%C3%A9", "%FF", "%20", "'", "%22", "~", "_"};
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
