package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loginsessions.bootstrap.ApiClient.Login;
import com.loginsessions.bootstrap.ApiClient.Reply;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.oauth2.server.resource.introspection.SpringOpaqueTokenIntrospector;
import org.springframework.test.context.TestPropertySource;

/**
 * RFC 7662 introspection against the running service, asked by real clients: a resource server made of Spring
 * Security's own filter chain ({@link SpringResourceServer}) and Spring Security's opaque-token introspector, the one
 * a resource server configured with {@code spring.security.oauth2.resourceserver.opaquetoken.*} uses for every
 * request it authenticates. The client's secret is configured hashed, and rotated.
 */
@TestPropertySource(properties = {
        "app.introspection.clients=orders-api:" + IntrospectionEndToEndTest.OLD_SECRET_SHA256
                + ",orders-api:" + IntrospectionEndToEndTest.NEW_SECRET_SHA256,
        "app.introspection.max-failed-auth-per-minute=5",
        // the throttling test comes from a network of its own, so the other tests' calls are not told to wait
        "app.web.trusted-proxies=127.0.0.1"
})
class IntrospectionEndToEndTest extends RunningServiceTest {

    private static final String STRANGER = "203.0.113.99";
    static final String OLD_SECRET = "old secret of the orders API, 32+ chars";
    static final String NEW_SECRET = "new secret of the orders API, 32+ chars";
    /** sha256 of OLD_SECRET / NEW_SECRET, as an operator would configure them (checked below) */
    static final String OLD_SECRET_SHA256 = "8928ae8bcd996db0f6ce0369af7ed85cc6288992630f79a94e0b0346c4d8a6d4";
    static final String NEW_SECRET_SHA256 = "f979cd493e93a4e180c1a0d50da9583faa19a5daafcb7b7b79c1cd097e73ce10";

    @Test
    void the_configured_hashes_are_the_secrets_sha256() throws Exception {
        assertThat(sha256(OLD_SECRET)).isEqualTo(OLD_SECRET_SHA256);
        assertThat(sha256(NEW_SECRET)).isEqualTo(NEW_SECRET_SHA256);
    }

    @Test
    void a_spring_resource_server_accepts_a_live_token_and_refuses_it_on_the_very_next_request_after_sign_out()
            throws Exception {
        String phone = api.registered();
        Login phoneLogin = api.login(phone, ApiClient.IPHONE);
        Login laptop = api.login(phone, ApiClient.IPHONE);

        try (SpringResourceServer orders = new SpringResourceServer(
                "http://127.0.0.1:" + port + "/api/v1/auth/introspect", "orders-api", NEW_SECRET)) {
            ApiClient ordersApi = new ApiClient(orders.port);
            Reply before = ordersApi.get("/orders", phoneLogin.token());
            assertThat(before.status()).isEqualTo(200);
            assertThat(before.text()).isEqualTo("orders of " + userIdOf(laptop));

            assertThat(api.delete("/api/v1/sessions/" + phoneLogin.sessionId(), laptop.token()).status()).isEqualTo(200);

            Reply after = ordersApi.get("/orders", phoneLogin.token());
            assertThat(after.status()).as("the very next request after the sign-out").isEqualTo(401);
            assertThat(after.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
            assertThat(ordersApi.get("/orders", laptop.token()).status()).isEqualTo(200);
        }
    }

    @Test
    void spring_securitys_introspector_reads_every_claim_and_both_secrets_work_mid_rotation() {
        String phone = api.registered();
        Login login = api.login(phone, ApiClient.IPHONE);

        OAuth2AuthenticatedPrincipal principal = introspector(NEW_SECRET).introspect(login.token());

        assertThat(principal.getName()).as("sub").isEqualTo(userIdOf(login));
        assertThat((String) principal.getAttribute("sid")).isEqualTo(login.sessionId());
        assertThat((Instant) principal.getAttribute("exp")).isAfter(Instant.now().plusSeconds(3600));
        assertThat((Instant) principal.getAttribute("iat")).isBefore(Instant.now().plusSeconds(31));
        assertThat((Object) principal.getAttribute("iss")).hasToString("session-service");
        assertThat(principal.<List<String>>getAttribute("aud")).containsExactly("session-service");
        assertThat(introspector(OLD_SECRET).introspect(login.token()).getName()).isEqualTo(principal.getName());
        api.postAuthenticated("/api/v1/auth/logout", login.token());
        assertThatThrownBy(() -> introspector(OLD_SECRET).introspect(login.token()))
                .isInstanceOf(BadOpaqueTokenException.class);
    }

    @Test
    void anything_but_a_live_token_is_exactly_active_false_whatever_the_reason() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);
        api.postAuthenticated("/api/v1/auth/logout", login.token());
        String[] header = login.token().split("\\.");
        String tampered = header[0] + "." + header[1] + "." + "A".repeat(header[2].length());

        for (String token : List.of(login.token(), tampered, "garbage", "bnVsbA.e30.AAAA", "x".repeat(5000),
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")) {
            Reply reply = introspect("token=" + form(token) + "&token_type_hint=access_token",
                    basic("orders-api", NEW_SECRET), "198.51.100.77");
            assertThat(reply.status()).as(token).isEqualTo(200);
            assertThat(reply.text()).as(token).isEqualTo("{\"active\":false}");
            assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void callers_without_the_credentials_of_a_configured_client_are_401_and_then_throttled() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);
        String body = "token=" + form(login.token());

        for (String authorization : new String[] {null, basic("orders-api", "a wrong secret"),
                basic("someone-else", NEW_SECRET), "Bearer " + login.token(), "Basic not-base64!"}) {
            Reply reply = introspect(body, authorization, STRANGER);
            assertThat(reply.status()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).startsWith("Basic realm=");
            assertThat(reply.text()).doesNotContain("active");
        }
        Reply throttled = introspect(body, basic("orders-api", "a sixth wrong secret"), STRANGER);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        assertThat(introspect(body, basic("orders-api", NEW_SECRET), STRANGER).status())
                .as("the network is told to wait, even with the right secret").isEqualTo(429);
    }

    private OpaqueTokenIntrospector introspector(String secret) {
        return SpringOpaqueTokenIntrospector.withIntrospectionUri("http://127.0.0.1:" + port + "/api/v1/auth/introspect")
                .clientId("orders-api").clientSecret(secret).build();
    }

    private Reply introspect(String form, String authorization, String from) {
        HttpRequest.Builder request = api.builder("/api/v1/auth/introspect", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", from)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    private String userIdOf(Login login) {
        return jdbc.queryForObject("select user_id::text from sessions where id = ?::uuid", String.class,
                login.sessionId());
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((form(id) + ":" + form(secret))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
