package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.bootstrap.ApiClient.Login;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The per-request cost the design promises, pinned so a later change cannot quietly add a query to the hot path:
 * listing sessions is ONE statement in steady state (the session check and the read together), any other
 * authenticated request costs one plain SELECT for the auth check before its own work, and moving a stale
 * last-activity forward adds one UPDATE at most once a minute per session. Counted at the JDBC boundary, so every
 * way of reaching the database is seen.
 */
@Import(StatementCountEndToEndTest.CountingDataSource.class)
class StatementCountEndToEndTest extends RunningServiceTest {

    @Autowired
    CountingDataSource statements;

    @Test
    void listing_sessions_in_steady_state_is_one_statement_that_checks_the_session_and_reads_the_list() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);
        api.get("/api/v1/sessions", login.token());

        statements.reset();
        assertThat(api.get("/api/v1/sessions", login.token()).status()).isEqualTo(200);

        assertThat(statements.executed()).singleElement().asString()
                .startsWith("select").contains("exists").contains("\"token_hash\"");
    }

    @Test
    void listing_with_stale_activity_adds_one_update() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);
        makeActivityStale(login);

        statements.reset();
        assertThat(api.get("/api/v1/sessions", login.token()).status()).isEqualTo(200);

        assertThat(statements.executed()).hasSize(2);
        assertThat(statements.executed().get(0)).startsWith("select").contains("exists");
        assertThat(statements.executed().get(1)).startsWith("update \"sessions\"");
    }

    @Test
    void the_gateway_check_is_one_select_and_a_stale_session_adds_one_update() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);
        api.get("/api/v1/auth/check", login.token());

        statements.reset();
        assertThat(api.get("/api/v1/auth/check", login.token()).status()).isEqualTo(200);
        assertThat(statements.executed()).singleElement().asString().startsWith("select").contains("\"token_hash\"");

        makeActivityStale(login);
        statements.reset();
        assertThat(api.send(api.builder("/api/v1/auth/check", login.token())
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(200);
        assertThat(statements.executed()).hasSize(2);
        assertThat(statements.executed().get(1)).startsWith("update \"sessions\"");
    }

    @Test
    void the_auth_check_is_one_select_then_logout_deletes_and_records() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);

        statements.reset();
        assertThat(api.postAuthenticated("/api/v1/auth/logout", login.token()).status()).isEqualTo(204);

        assertThat(statements.executed()).hasSize(3);
        assertThat(statements.executed().get(0)).startsWith("select").contains("\"token_hash\"");
        assertThat(statements.executed().get(1)).startsWith("delete");
        assertThat(statements.executed().get(2)).startsWith("insert into \"security_events\"");
    }

    @Test
    void the_auth_check_of_a_stale_session_adds_one_update() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);
        makeActivityStale(login);

        statements.reset();
        assertThat(api.postAuthenticated("/api/v1/auth/logout", login.token()).status()).isEqualTo(204);

        assertThat(statements.executed()).hasSize(4);
        assertThat(statements.executed().get(0)).startsWith("select");
        assertThat(statements.executed().get(1)).startsWith("update \"sessions\"");
        assertThat(statements.executed().get(2)).startsWith("delete");
    }

    @Test
    void a_failed_sign_in_runs_the_same_statements_whether_or_not_the_number_has_an_account() {
        String known = api.registered();
        String unknown = ApiClient.newPhone();

        statements.reset();
        assertThat(api.post("/api/v1/auth/login", ApiClient.credentials(known, "a guess"), java.util.Map.of()).status())
                .isEqualTo(401);
        List<String> forAnAccount = statements.executed();
        statements.reset();
        assertThat(api.post("/api/v1/auth/login", ApiClient.credentials(unknown, "a guess"), java.util.Map.of()).status())
                .isEqualTo(401);

        assertThat(statements.executed()).isEqualTo(forAnAccount);
        assertThat(forAnAccount).anyMatch(sql -> sql.startsWith("insert into \"security_events\""));
    }

    /**
     * The sharding path (docs/scaling.md): every statement made on a user's behalf on the tables a distributed
     * PostgreSQL would shard by user (sessions, security_events) names the user, so each request stays on one
     * shard. Every endpoint a user calls is exercised; the purge, which is not on anyone's behalf, is the exception.
     */
    @Test
    void every_statement_on_sessions_or_security_events_made_for_a_user_names_the_user() {
        String phone = api.registered();
        statements.reset();
        Login phoneLogin = api.login(phone, ApiClient.IPHONE);
        Login laptop = api.login(phone, ApiClient.IPHONE);
        api.post("/api/v1/auth/login", ApiClient.credentials(phone, "a wrong password"), java.util.Map.of());
        makeActivityStale(laptop);
        api.get("/api/v1/sessions/", laptop.token());
        api.get("/api/v1/auth/check", laptop.token());
        api.get("/api/v1/sessions/events", laptop.token());
        api.delete("/api/v1/sessions/" + phoneLogin.sessionId(), laptop.token());
        api.login(phone, ApiClient.IPHONE);
        api.delete("/api/v1/sessions/", laptop.token());
        api.changePassword(laptop.token(), ApiClient.PASSWORD, "a brand new password");
        api.postAuthenticated("/api/v1/auth/logout", laptop.token());

        List<String> userTables = statements.executed().stream()
                .filter(sql -> sql.contains("\"sessions\"") || sql.contains("\"security_events\""))
                .toList();
        assertThat(userTables).hasSizeGreaterThan(10).allSatisfy(sql -> {
            if (sql.startsWith("insert")) {
                assertThat(sql.substring(0, sql.indexOf(')'))).as("the row's user: %s", sql).contains("\"user_id\"");
            } else {
                assertThat(sql.substring(sql.indexOf(" where ") + 1)).as("a user_id predicate: %s", sql)
                        .containsPattern("\"user_id\" = |\"user_id\" in ");
            }
        });
    }

    private void makeActivityStale(Login login) {
        jdbc.update("update sessions set last_active_at = last_active_at - interval '10 minutes' where id = ?::uuid",
                login.sessionId());
    }

    /** Wraps the service's DataSource and records the SQL of every statement prepared on its connections. */
    @TestConfiguration
    static class CountingDataSource implements BeanPostProcessor {

        private final List<String> executed = new CopyOnWriteArrayList<>();

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (bean instanceof DataSource dataSource) {
                return proxy(DataSource.class, dataSource, (method, result) -> result instanceof Connection c
                        ? proxy(Connection.class, c, this::recordStatement) : result);
            }
            return bean;
        }

        private Object recordStatement(Method method, Object result) {
            if (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")) {
                executed.add(String.valueOf(lastSql.get()).toLowerCase(Locale.ROOT));
            }
            return result;
        }

        private final ThreadLocal<Object> lastSql = new ThreadLocal<>();

        private <T> T proxy(Class<T> type, T target, java.util.function.BiFunction<Method, Object, Object> after) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
                if (args != null && args.length > 0 && args[0] instanceof String sql) {
                    lastSql.set(sql);
                }
                try {
                    return after.apply(method, method.invoke(target, args));
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }));
        }

        void reset() {
            executed.clear();
        }

        List<String> executed() {
            return List.copyOf(executed);
        }
    }
}
