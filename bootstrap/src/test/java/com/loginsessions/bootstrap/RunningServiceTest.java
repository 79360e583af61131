package com.loginsessions.bootstrap;

import com.loginsessions.adapter.out.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole service on a random port, against the test PostgreSQL, exercised over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // a cheaper Argon2id keeps the many logins of these tests quick; production uses the OWASP defaults
        "app.password.argon2-memory-kib=1024",
        "app.password.argon2-iterations=1",
        "app.token.signing-key=q2F6TeCxd4gn5l0b3O6qFq3U4Uq5hXv3o3l7rj1qY1A="
})
abstract class RunningServiceTest {

    @LocalServerPort
    int port;

    /** The actuator's own connector (the probes); in production 8081. */
    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    ApiClient management;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useTestDatabase(registry, TestDatabase.coordinates().url());
    }

    /** Points the service at the test database, through {@code url} (which may lead through a relay). */
    static void useTestDatabase(DynamicPropertyRegistry registry, String url) {
        TestDatabase.Coordinates db = TestDatabase.coordinates();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }

    /** Every test here signs in from 127.0.0.1: start each from a clean failure count for that address. */
    @BeforeEach
    void client() {
        jdbc.update("delete from login_throttle");
        api = new ApiClient(port);
        management = new ApiClient(managementPort);
    }
}
