package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.adapter.out.persistence.TestDatabase;
import com.loginsessions.bootstrap.ApiClient.Login;
import com.loginsessions.bootstrap.ApiClient.Reply;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The product's API behind the real NGINX, configured with {@code deploy/nginx} as users copy it, every request
 * checked against this service (GET /api/v1/auth/check). The API is a small server of the test's own that answers
 * with the request headers it received. The service reaches its database through a relay the test can cut.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.password.argon2-memory-kib=1024",
        "app.password.argon2-iterations=1",
        "app.token.signing-key=q2F6TeCxd4gn5l0b3O6qFq3U4Uq5hXv3o3l7rj1qY1A=",
        "spring.datasource.hikari.connection-timeout=1500",
        // the outage is provoked: its expected complaints (health check, broken connections) stay out of the output
        "logging.level.org.springframework.boot.jdbc.health=off",
        "logging.level.com.zaxxer.hikari=error",
        "logging.level.com.loginsessions.adapter.in.web.ApiProblems=error"
})
class NginxGatewayEndToEndTest {

    private static final TcpProxy DATABASE = TcpProxy.toTestDatabase();

    @LocalServerPort
    int port;

    ApiClient api;
    ApiClient throughNginx;
    Nginx nginx;
    HttpServer productApi;
    final List<Map<String, String>> reachedTheApi = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void databaseThroughTheRelay(DynamicPropertyRegistry registry) {
        RunningServiceTest.useTestDatabase(registry, DATABASE.jdbcUrl());
    }

    @BeforeEach
    void start() throws Exception {
        DATABASE.restore();
        productApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        productApi.createContext("/", exchange -> {
            Map<String, String> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            reachedTheApi.add(headers);
            byte[] body = ("user=" + headers.get("x-user-id") + " session=" + headers.get("x-session-id"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        productApi.start();
        nginx = Nginx.inFrontOf(port, productApi.getAddress().getPort());
        api = new ApiClient(port);
        throughNginx = new ApiClient(nginx.port);
    }

    @AfterEach
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (productApi != null) {
            productApi.stop(0);
        }
    }

    @AfterAll
    static void closeRelay() throws IOException {
        DATABASE.close();
    }

    @Test
    void a_live_token_reaches_the_api_with_the_ids_nginx_set_and_no_client_can_forge_them() {
        String phone = api.registered();
        String userId = userIdOf(phone);
        Login login = api.login(phone, ApiClient.IPHONE);

        Reply plain = throughNginx.get("/orders/42", login.token());
        Reply forged = throughNginx.send(throughNginx.builder("/orders/42", login.token())
                .header("X-User-Id", "00000000-0000-0000-0000-000000000666")
                .header("X-Session-Id", "someone-else").GET());
        String empty = RawHttp.exchange(nginx.port, "GET /orders/42 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + login.token() + "\r\nX-User-Id:\r\nX-Session-Id:\r\nConnection: close\r\n\r\n");

        String expected = "user=" + userId + " session=" + login.sessionId();
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.text()).isEqualTo(expected);
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.text()).as("a forged X-User-Id is replaced").isEqualTo(expected);
        assertThat(empty).startsWith("HTTP/1.1 200").endsWith(expected);
        assertThat(reachedTheApi).hasSize(3).allSatisfy(headers -> {
            assertThat(headers.get("x-user-id")).isEqualTo(userId);
            assertThat(headers.get("x-session-id")).isEqualTo(login.sessionId());
        });
    }

    @Test
    void a_device_signed_out_elsewhere_is_refused_on_its_very_next_request_through_nginx() throws IOException {
        String phone = api.registered();
        Login phoneLogin = api.login(phone, ApiClient.IPHONE);
        Login laptop = api.login(phone, ApiClient.IPHONE);
        assertThat(throughNginx.get("/messages", phoneLogin.token()).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/sessions/" + phoneLogin.sessionId(), laptop.token()).status()).isEqualTo(200);
        Reply next = throughNginx.get("/messages", phoneLogin.token());
        Reply withoutToken = throughNginx.get("/messages", null);

        assertThat(next.status()).isEqualTo(401);
        assertThat(next.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(withoutToken.status()).isEqualTo(401);
        assertThat(withoutToken.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reachedTheApi).as("only the request made before the sign-out reached the API").hasSize(1);
        assertThat(throughNginx.get("/messages", laptop.token()).status()).isEqualTo(200);

        throughNginx.get("/messages?access_token=" + laptop.token(), laptop.token());
        assertThat(nginx.accessLogText()).as("NGINX's access log").contains("GET /messages")
                .doesNotContain(laptop.token()).doesNotContain(phoneLogin.token());
    }

    @Test
    void a_database_outage_is_503_with_retry_after_through_nginx_never_401_or_500() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);
        assertThat(throughNginx.get("/files", login.token()).status()).isEqualTo(200);

        DATABASE.cut();
        Reply during = throughNginx.get("/files", login.token());
        Reply postDuring = throughNginx.send(throughNginx.builder("/files", login.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"a\"}")));
        DATABASE.restore();

        for (Reply reply : List.of(during, postDuring)) {
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.header("Retry-After")).isEqualTo("5");
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(reachedTheApi).hasSize(1);
    }

    private static String userIdOf(String phone) {
        try (var connection = TestDatabase.connect();
             var statement = connection.prepareStatement("select id from users where phone = ?")) {
            statement.setString(1, phone);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
