package com.loginsessions.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** What a failover drill threw at the service: each of these must be a 503, never a 500 or a "signed out". */
class OutageTranslationTest {

    @Test
    void failures_of_the_connection_or_the_transaction_itself_are_outages() {
        assertThat(OutageTranslation.isOutage(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).as("the pool's closed connection, no SQLSTATE").isTrue();
        assertThat(OutageTranslation.isOutage(new CannotCreateTransactionException("no connection",
                new SQLException("refused")))).isTrue();
        assertThat(OutageTranslation.isOutage(new RuntimeException(
                new SQLException("cannot execute INSERT in a read-only transaction", "25006"))))
                .as("a standby reached during a failover").isTrue();
        assertThat(OutageTranslation.isOutage(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
    }

    @Test
    void failures_that_say_something_about_the_data_are_not() {
        assertThat(OutageTranslation.isOutage(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(OutageTranslation.isOutage(new IllegalStateException("a bug"))).isFalse();
    }
}
