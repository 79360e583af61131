package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.adapter.out.persistence.TestDatabase;
import com.loginsessions.bootstrap.ApiClient.Login;
import com.loginsessions.bootstrap.ApiClient.Reply;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service reaches PostgreSQL through a relay the test can cut: while the database is away every request that
 * needs it answers 503 with Retry-After — never 401, which clients read as "signed out" — within a few seconds,
 * and the same tokens work again once it is back, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.password.argon2-memory-kib=1024",
        "app.password.argon2-iterations=1",
        "spring.datasource.hikari.connection-timeout=1500",
        // the outage is provoked: its expected complaints (health check, broken connections) stay out of the output
        "logging.level.org.springframework.boot.jdbc.health=off",
        "logging.level.com.zaxxer.hikari=error"
})
class DatabaseOutageEndToEndTest {

    private static final TcpProxy PROXY = TcpProxy.toTestDatabase();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    ApiClient api;
    ApiClient management;

    @DynamicPropertySource
    static void databaseThroughTheRelay(DynamicPropertyRegistry registry) {
        RunningServiceTest.useTestDatabase(registry, PROXY.jdbcUrl());
    }

    @BeforeEach
    void client() {
        PROXY.restore();
        api = new ApiClient(port);
        management = new ApiClient(managementPort);
    }

    @AfterAll
    static void closeRelay() throws Exception {
        PROXY.close();
    }

    @Test
    void an_outage_is_503_never_401_and_the_same_token_works_when_the_database_is_back() throws Exception {
        String phone = api.registered();
        Login login = api.login(phone, ApiClient.IPHONE);

        PROXY.cut();
        long start = System.nanoTime();
        Reply during = api.get("/api/v1/sessions", login.token());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Reply loginDuring = api.post("/api/v1/auth/login", ApiClient.credentials(phone, ApiClient.PASSWORD), Map.of());
        Reply readiness = management.get("/actuator/health/readiness", null);
        Reply liveness = management.get("/actuator/health/liveness", null);

        assertThat(during.status()).isEqualTo(503);
        assertThat(during.header("Retry-After")).isNotBlank();
        assertThat(during.header("Content-Type")).startsWith("application/problem+json");
        assertThat(took).isLessThan(Duration.ofSeconds(8));
        assertThat(loginDuring.status()).isEqualTo(503);
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(liveness.status()).isEqualTo(200);

        PROXY.restore();
        Reply after = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            after = api.get("/api/v1/sessions", login.token());
            if (after.status() == 200) {
                break;
            }
            assertThat(after.status()).isEqualTo(503);
            Thread.sleep(500);
        }
        assertThat(after.status()).isEqualTo(200);
        assertThat(management.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    void a_locked_sessions_table_makes_requests_fail_fast_not_hang() throws Exception {
        Login login = api.login(api.registered(), ApiClient.IPHONE);

        try (Connection locker = TestDatabase.connect()) {
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                statement.execute("lock table sessions in access exclusive mode");
            }
            long start = System.nanoTime();
            Reply blocked = api.get("/api/v1/sessions", login.token());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(blocked.status()).isEqualTo(503);
            assertThat(took).isLessThan(Duration.ofSeconds(8));
            locker.rollback();
        }
        assertThat(api.get("/api/v1/sessions", login.token()).status()).isEqualTo(200);
    }
}
