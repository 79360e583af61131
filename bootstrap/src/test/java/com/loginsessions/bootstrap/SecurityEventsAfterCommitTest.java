package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.domain.IpAddress;
import com.loginsessions.domain.SecurityEvent.PasswordChangeFailed;
import com.loginsessions.domain.UserId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security events the use cases record, through the real unit of work on PostgreSQL: the feed row, the log
 * line and the metric exist exactly when the transaction that raised the event committed.
 */
class SecurityEventsAfterCommitTest extends RunningServiceTest {

    @Autowired
    SecurityEvents events;

    @Autowired
    UnitOfWork unitOfWork;

    @Autowired
    MeterRegistry registry;

    private final ListAppender<ILoggingEvent> securityLog = new ListAppender<>();

    @BeforeEach
    void watchTheSecurityLog() {
        securityLog.start();
        ((Logger) LoggerFactory.getLogger("security")).addAppender(securityLog);
    }

    @AfterEach
    void stopWatching() {
        ((Logger) LoggerFactory.getLogger("security")).detachAppender(securityLog);
    }

    @Test
    void an_event_raised_in_a_transaction_that_rolls_back_leaves_no_row_no_log_line_and_no_metric() {
        UserId user = registeredUser();
        double counted = passwordChangeFailures();

        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            events.record(new PasswordChangeFailed(Instant.now(), user, IpAddress.parse("203.0.113.9").orElseThrow()));
            throw new IllegalStateException("the transaction fails after the event was raised");
        })).hasMessageContaining("fails after");

        assertThat(rowsOf(user)).as("feed rows").isZero();
        assertThat(securityLog.list).as("security log lines").isEmpty();
        assertThat(passwordChangeFailures()).as("security.events").isEqualTo(counted);

        unitOfWork.inTransaction(() -> {
            events.record(new PasswordChangeFailed(Instant.now(), user, IpAddress.parse("203.0.113.9").orElseThrow()));
            return null;
        });

        assertThat(rowsOf(user)).as("feed rows once committed").isEqualTo(1);
        assertThat(securityLog.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("event=password_change_failed").contains(user.toString());
        assertThat(passwordChangeFailures()).isEqualTo(counted + 1);
    }

    private UserId registeredUser() {
        ApiClient.Reply reply = api.post("/api/v1/auth/register", ApiClient.credentials(ApiClient.newPhone(),
                ApiClient.PASSWORD), Map.of());
        assertThat(reply.status()).isEqualTo(201);
        return new UserId(UUID.fromString(reply.json().get("id").asString()));
    }

    private int rowsOf(UserId user) {
        return jdbc.queryForObject("select count(*) from security_events where user_id = ?", Integer.class,
                user.value());
    }

    private double passwordChangeFailures() {
        Counter counter = registry.find("security.events").tag("type", "password_change_failed").counter();
        return counter == null ? 0 : counter.count();
    }
}
