package com.loginsessions.adapter.out.observability;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part of readiness: the database this instance reaches takes writes. A standby (a demoted primary, or a replica a
 * misconfigured URL points at) answers reads and health checks, but every sign-in and sign-out would fail there,
 * so an instance connected to one must not receive traffic: the load balancer routes around it.
 */
final class WritableDatabaseHealthIndicator extends AbstractHealthIndicator {

    private final JdbcTemplate jdbc;

    WritableDatabaseHealthIndicator(JdbcTemplate jdbc) {
        super("The database could not be asked whether it takes writes");
        this.jdbc = jdbc;
    }

    /** An unreachable database is down here too, quietly: the {@code db} indicator already reports the outage. */
    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Boolean inRecovery;
        try {
            inRecovery = jdbc.queryForObject("select pg_is_in_recovery()", Boolean.class);
        } catch (DataAccessException unreachable) {
            builder.down().withDetail("reason", "the database cannot be reached");
            return;
        }
        if (Boolean.TRUE.equals(inRecovery)) {
            builder.down().withDetail("reason", "the database is a standby (read-only)");
        } else {
            builder.up();
        }
    }
}
