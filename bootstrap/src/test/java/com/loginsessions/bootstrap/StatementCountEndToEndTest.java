package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.bootstrap.ApiClient.Login;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The per-request cost the design promises, pinned so a later change cannot quietly add a query to the hot path:
 * an authenticated request costs exactly one SQL statement for the auth check, and listing costs one more.
 */
@Import(StatementCountEndToEndTest.CountingListener.class)
class StatementCountEndToEndTest extends RunningServiceTest {

    @Autowired
    CountingListener statements;

    @Test
    void listing_sessions_in_steady_state_is_two_statements_auth_then_list() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);
        api.get("/api/v1/sessions", login.token());

        statements.reset();
        assertThat(api.get("/api/v1/sessions", login.token()).status()).isEqualTo(200);

        assertThat(statements.executed()).hasSize(2);
        assertThat(statements.executed().get(0)).contains("with").contains("\"live\"").contains("\"touched\"");
        assertThat(statements.executed().get(1)).startsWith("select").doesNotContain("\"touched\"");
    }

    @Test
    void the_auth_check_is_one_statement_even_when_it_refreshes_last_activity_then_logout_deletes_and_records() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);
        jdbc.update("update sessions set last_active_at = last_active_at - interval '10 minutes' where id = ?::uuid",
                login.sessionId());

        statements.reset();
        assertThat(api.postAuthenticated("/api/v1/auth/logout", login.token()).status()).isEqualTo(204);

        assertThat(statements.executed()).hasSize(3);
        assertThat(statements.executed().get(0)).contains("\"touched\"");
        assertThat(statements.executed().get(1)).startsWith("delete");
        assertThat(statements.executed().get(2)).startsWith("insert into \"security_events\"");
    }

    /** Records the SQL of every statement jOOQ sends, in order. */
    @TestConfiguration
    static class CountingListener implements ExecuteListener {

        private final List<String> executed = new CopyOnWriteArrayList<>();

        @Bean
        ExecuteListenerProvider countingListenerProvider() {
            return () -> this;
        }

        @Override
        public void executeStart(ExecuteContext context) {
            executed.add(context.sql() == null ? "" : context.sql().toLowerCase());
        }

        void reset() {
            executed.clear();
        }

        List<String> executed() {
            return List.copyOf(executed);
        }
    }
}
