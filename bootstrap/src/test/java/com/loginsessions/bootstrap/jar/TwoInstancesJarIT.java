package com.loginsessions.bootstrap.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.fakes.Concurrently;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances behind one imagined load balancer, sharing one database: the brute-force limits hold
 * across them, however an attacker spreads a burst.
 */
class TwoInstancesJarIT {

    private static final Map<String, String> SETTINGS = Map.of(
            "APP_WEB_TRUSTED_PROXIES", "127.0.0.1",
            "APP_LOGIN_THROTTLE_MAX_FAILURES_PER_PHONE_AND_ADDRESS", "5",
            "APP_LOGIN_THROTTLE_MAX_FAILURES_PER_PHONE", "12");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static RunningJar first;
    private static RunningJar second;

    @BeforeAll
    static void start() throws Exception {
        first = RunningJar.start("instance-1", SETTINGS);
        second = RunningJar.start("instance-2", SETTINGS);
    }

    @AfterAll
    static void stop() {
        for (RunningJar instance : new RunningJar[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void a_burst_spread_over_both_instances_is_evaluated_no_more_often_than_the_limit() throws Exception {
        for (int round = 0; round < 5; round++) {
            String phone = "+1415" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
            assertThat(post(first, "/api/v1/auth/register", phone, "correct horse battery", "198.51.100.1")).isEqualTo(201);
            String attacker = "203.0.113." + (20 + round);
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                RunningJar instance = i % 2 == 0 ? first : second;
                guesses.add(() -> post(instance, "/api/v1/auth/login", phone, "a guess", attacker));
            }

            List<Integer> statuses = Concurrently.raceEach(guesses);

            assertThat(statuses.stream().filter(s -> s == 401).count()).as("round %d: %s", round, statuses).isEqualTo(5);
            assertThat(statuses).containsOnly(401, 429);
            assertThat(post(second, "/api/v1/auth/login", phone, "correct horse battery", "198.51.100.2"))
                    .as("the owner from elsewhere").isEqualTo(200);
        }
    }

    private static int post(RunningJar instance, String path, String phone, String password, String from) throws Exception {
        String body = "{\"phone\":\"" + phone + "\",\"password\":\"" + password + "\"}";
        return HTTP.send(HttpRequest.newBuilder(URI.create(instance.base() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", from)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
