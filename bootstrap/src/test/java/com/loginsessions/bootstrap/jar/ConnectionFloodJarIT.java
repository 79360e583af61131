package com.loginsessions.bootstrap.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Clients that open many keep-alive connections, send one request on each and then hold them idle, against the
 * packaged jar over real loopback sockets. The flood comes from 127.0.0.3 and up; the client that must still be
 * served comes from 127.0.0.2, and signs in, lists and signs out its other device within a bound while the flood
 * holds its connections; the probes on the management port answer throughout.
 */
class ConnectionFloodJarIT {

    private static final Duration SERVED_WITHIN = Duration.ofSeconds(3);
    private static final String REQUEST = "GET /api/v1/sessions/ HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @Test
    void one_client_holding_connections_gets_no_more_than_its_share_and_everyone_else_is_served() throws Exception {
        try (RunningJar service = RunningJar.start("flood-one-client", Map.of());
             Flood flood = Flood.from(service, List.of("127.0.0.3"), 1_000)) {

            assertThat(flood.held()).as("connections one client holds (the default share is 256)")
                    .isBetween(200, 256);
            assertServed(service);
        }
    }

    @Test
    void when_the_connector_is_crowded_idle_connections_go_first_and_a_new_client_is_served() throws Exception {
        Map<String, String> crowdable = Map.of("SERVER_TOMCAT_MAX_CONNECTIONS", "300",
                "APP_WEB_MAX_CONNECTIONS_PER_CLIENT", "100");
        try (RunningJar service = RunningJar.start("flood-crowded", crowdable);
             Flood flood = Flood.from(service, List.of("127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6"), 100)) {

            assertThat(flood.held()).as("connections the four clients got answers on").isGreaterThan(200);
            assertServed(service);
        }
    }

    /** A new client from 127.0.0.2 signs up, signs in twice, lists its devices and signs one out, each in time. */
    private static void assertServed(RunningJar service) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(SERVED_WITHIN)
                .localAddress(InetAddress.getByName("127.0.0.2")).build();
        for (int probe = 0; probe < 3; probe++) {
            assertThat(send(http, HttpRequest.newBuilder(URI.create(service.managementBase()
                    + "/actuator/health/liveness"))).statusCode()).as("liveness on the management port").isEqualTo(200);
        }
        String phone = "+1415" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String credentials = "{\"phone\":\"" + phone + "\",\"password\":\"correct horse battery\"}";
        assertThat(send(http, json(service, "/api/v1/auth/register", credentials)).statusCode()).isEqualTo(201);
        HttpResponse<String> phoneLogin = send(http, json(service, "/api/v1/auth/login", credentials));
        HttpResponse<String> laptopLogin = send(http, json(service, "/api/v1/auth/login", credentials));
        assertThat(phoneLogin.statusCode()).isEqualTo(200);
        assertThat(laptopLogin.statusCode()).isEqualTo(200);
        String laptop = field(laptopLogin.body(), "access_token");
        HttpResponse<String> list = send(http, HttpRequest.newBuilder(URI.create(service.base() + "/api/v1/sessions/"))
                .header("Authorization", "Bearer " + laptop));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"total_devices\":2");
        HttpResponse<String> revoke = send(http, HttpRequest.newBuilder(URI.create(service.base() + "/api/v1/sessions/"
                + field(phoneLogin.body(), "session_id"))).header("Authorization", "Bearer " + laptop).DELETE());
        assertThat(revoke.statusCode()).isEqualTo(200);
    }

    private static HttpRequest.Builder json(RunningJar service, String path, String body) {
        return HttpRequest.newBuilder(URI.create(service.base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Each request must be answered within {@link #SERVED_WITHIN}, connection included. */
    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(SERVED_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    /** Connections opened from the given addresses, each answered once and then held open, idle. */
    private static final class Flood implements AutoCloseable {

        private final List<Socket> answered;
        private final List<Socket> all;

        private Flood(List<Socket> answered, List<Socket> all) {
            this.answered = answered;
            this.all = all;
        }

        static Flood from(RunningJar service, List<String> addresses, int perAddress) throws Exception {
            List<Socket> all = new ArrayList<>();
            List<Future<Optional<Socket>>> opening = new ArrayList<>();
            try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (String address : addresses) {
                    InetAddress from = InetAddress.getByName(address);
                    for (int i = 0; i < perAddress; i++) {
                        opening.add(clients.submit(() -> openAndAsk(service.port, from, all)));
                    }
                }
            }
            List<Socket> answered = new ArrayList<>();
            for (Future<Optional<Socket>> socket : opening) {
                socket.get().ifPresent(answered::add);
            }
            return new Flood(answered, all);
        }

        /** @return the socket, still open, when the server answered on it */
        private static Optional<Socket> openAndAsk(int port, InetAddress from, List<Socket> all) {
            Socket socket = new Socket();
            synchronized (all) {
                all.add(socket);
            }
            try {
                socket.bind(new java.net.InetSocketAddress(from, 0));
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5_000);
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                return readAnswer(socket.getInputStream()) ? Optional.of(socket) : Optional.empty();
            } catch (IOException refused) {
                return Optional.empty();
            }
        }

        /** Reads one whole answer (headers and its Content-Length body); false when the connection closed first. */
        private static boolean readAnswer(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                head.append((char) b);
            }
            String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
            int at = lower.indexOf("content-length:");
            if (at >= 0) {
                int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).strip());
                return in.readNBytes(length).length == length;
            }
            return true;
        }

        int held() {
            return answered.size();
        }

        @Override
        public void close() {
            synchronized (all) {
                for (Socket socket : all) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                }
            }
        }
    }
}
