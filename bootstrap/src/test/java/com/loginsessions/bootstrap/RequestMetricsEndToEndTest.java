package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every request is timed under {@code http.server.requests} with the route, never the raw path, as the tag: an
 * operator's dashboards keep working, and paths a client makes up cannot grow the registry.
 */
class RequestMetricsEndToEndTest extends RunningServiceTest {

    @Autowired
    MeterRegistry registry;

    private long count(String method, String uri, String status) {
        Timer timer = registry.find("http.server.requests")
                .tags("method", method, "uri", uri, "status", status)
                .timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void requests_are_timed_by_route_status_and_outcome() {
        ApiClient.Login login = api.login(api.registered(), ApiClient.IPHONE);
        long listedBefore = count("GET", "/api/v1/sessions", "200");
        long refusedBefore = count("GET", "/api/v1/sessions", "401");

        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/sessions", login.token()).status()).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/sessions", "not-a-token").status()).isEqualTo(401);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/made-up-" + i, login.token()).status()).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/sessions/" + ApiClient.randomSessionId(), login.token()).status())
                .isEqualTo(405);

        assertThat(count("GET", "/api/v1/sessions", "200") - listedBefore).isEqualTo(3);
        assertThat(count("GET", "/api/v1/sessions", "401") - refusedBefore).isEqualTo(1);
        assertThat(registry.find("http.server.requests").tag("uri", "/api/v1/sessions").tag("status", "200")
                .timer().takeSnapshot().total(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        assertThat(registry.find("http.server.requests").timers())
                .as("no timer is named after a path a client made up")
                .noneMatch(timer -> timer.getId().getTag("uri").contains("made-up"));
        assertThat(registry.find("http.server.requests").tag("outcome", "CLIENT_ERROR").timers()).isNotEmpty();
    }
}
