package com.loginsessions.adapter.out.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which PostgreSQL the integration tests of every module use: a Testcontainers
 * PostgreSQL when a Docker engine answers, otherwise the server named by TEST_DATABASE_URL / _USER / _PASSWORD
 * (default jdbc:postgresql://127.0.0.1:5432/sessions_test, user and password "sessions", which .ci/ensure-postgres
 * creates). The schema is migrated once per JVM with the same Flyway scripts the service runs.
 */
public final class TestDatabase {

    public record Coordinates(String url, String username, String password) {
    }

    private static Coordinates coordinates;

    private TestDatabase() {
    }

    public static synchronized Coordinates coordinates() {
        if (coordinates == null) {
            coordinates = dockerAnswers() ? startContainer() : localServer();
            Flyway.configure()
                    .dataSource(coordinates.url(), coordinates.username(), coordinates.password())
                    .load()
                    .migrate();
        }
        return coordinates;
    }

    public static Connection connect() throws SQLException {
        Coordinates db = coordinates();
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }

    /**
     * Asks Testcontainers only where a Docker engine could be: without DOCKER_HOST or a Docker socket it would
     * probe every strategy and log each failure as an ERROR, for a situation that is normal on this project's
     * machines. One line says which database the tests use instead.
     */
    private static boolean dockerAnswers() {
        if ("local".equalsIgnoreCase(System.getenv("TEST_DATABASE"))) {
            return false;
        }
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                && !java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker"))) {
            System.out.println("No Docker engine (no DOCKER_HOST, no /var/run/docker.sock): the tests use the "
                    + "PostgreSQL server named by TEST_DATABASE_URL (default 127.0.0.1:5432/sessions_test)");
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
    private static Coordinates startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Coordinates localServer() {
        Coordinates db = new Coordinates(
                env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/sessions_test"),
                env("TEST_DATABASE_USER", "sessions"),
                env("TEST_DATABASE_PASSWORD", "sessions"));
        try (Connection ignored = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            return db;
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    No PostgreSQL for the tests: no Docker engine answers for Testcontainers, and %s (user %s) \
                    refused the connection (%s). Start a Docker engine, or run `bash .ci/ensure-postgres` to start \
                    the local server and create the role and database, or point TEST_DATABASE_URL, \
                    TEST_DATABASE_USER and TEST_DATABASE_PASSWORD at a PostgreSQL you can use."""
                    .formatted(db.url(), db.username(), e.getMessage()), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
