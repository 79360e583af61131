package com.loginsessions.bootstrap.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slow and silent clients against the packaged jar, over real sockets on loopback: many more of them than the
 * database has connections cannot stall anyone else or the probes, and each is cut off within seconds. The slow
 * clients come from 127.0.0.3 (as many as one client may hold open), everyone else from 127.0.0.2.
 */
class SlowClientsJarIT {

    private static final int SLOW_CLIENTS_PER_KIND = 64;
    /** The service's deadlines (5 s) plus its per-read timeout (5 s) plus slack for a loaded CI machine. */
    private static final Duration CUT_OFF_WITHIN = Duration.ofSeconds(16);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private static RunningJar service;

    @BeforeAll
    static void start() throws Exception {
        service = RunningJar.start("slow-clients", Map.of());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    enum Kind {
        /** POST headers, then one body byte a second */
        TRICKLED_BODY,
        /** POST headers, then nothing */
        SILENT_BODY,
        /** a request line, then one header line a second, never the blank line */
        TRICKLED_HEADERS,
        /** half a request line, then nothing */
        SILENT_HEADERS
    }

    record Outcome(Kind kind, Duration cutOffAfter, String firstResponseLine) {
    }

    @Test
    void slow_clients_cannot_stall_the_service_and_are_cut_off_within_seconds() throws Exception {
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Outcome>> slow = new ArrayList<>();
            for (Kind kind : Kind.values()) {
                for (int i = 0; i < SLOW_CLIENTS_PER_KIND; i++) {
                    slow.add(clients.submit(() -> slowClient(kind)));
                }
            }
            Thread.sleep(2_000);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                    .localAddress(InetAddress.getByName("127.0.0.2")).build();
            for (int i = 0; i < 10; i++) {
                assertThat(timedGet(http, service.managementBase() + "/actuator/health/liveness"))
                        .as("liveness while %d slow clients are connected", slow.size()).isEqualTo(200);
                assertThat(timedGet(http, service.managementBase() + "/actuator/health/readiness")).isEqualTo(200);
                assertThat(timedPost(http, "/api/v1/auth/login", "{\"phone\":\"+14155550100\",\"password\":\"wrong password\"}"))
                        .as("a sign-in while slow clients are connected").isIn(401, 429);
            }

            for (Future<Outcome> future : slow) {
                Outcome outcome = future.get();
                assertThat(outcome.cutOffAfter()).as("%s was cut off", outcome.kind()).isLessThan(CUT_OFF_WITHIN);
                if (outcome.kind() == Kind.TRICKLED_BODY || outcome.kind() == Kind.SILENT_BODY) {
                    assertThat(outcome.firstResponseLine()).as("%s answer", outcome.kind()).startsWith("HTTP/1.1 408");
                }
            }
        }
    }

    private static int timedGet(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int timedPost(HttpClient http, String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(service.base() + path)).timeout(Duration.ofSeconds(3))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Outcome slowClient(Kind kind) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", service.port, InetAddress.getByName("127.0.0.3"), 0)) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String opening = switch (kind) {
                case TRICKLED_BODY, SILENT_BODY -> "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{";
                case TRICKLED_HEADERS -> "GET /api/v1/sessions/ HTTP/1.1\r\nHost: localhost\r\n";
                case SILENT_HEADERS -> "GET /api/v1/sess";
            };
            out.write(opening.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            while (Duration.ofNanos(System.nanoTime() - started).compareTo(GIVE_UP_AFTER) < 0) {
                try {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    answer.write(b);
                    answer.write(in.readNBytes(in.available()));
                    continue;
                } catch (SocketTimeoutException quiet) {
                    // nothing from the server this second: keep dribbling
                } catch (IOException reset) {
                    break;
                }
                try {
                    if (kind == Kind.TRICKLED_BODY) {
                        out.write(' ');
                    } else if (kind == Kind.TRICKLED_HEADERS) {
                        out.write("X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    break;
                }
            }
            String text = answer.toString(StandardCharsets.US_ASCII);
            return new Outcome(kind, Duration.ofNanos(System.nanoTime() - started), text.lines().findFirst().orElse(""));
        }
    }
}
