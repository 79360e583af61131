package com.loginsessions.bootstrap.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The failover drill, on the real parts of {@code deploy/local-cluster}: two service instances behind HAProxy, two
 * PostgreSQL nodes under Patroni with a synchronous standby, etcd. Load runs throughout (sign-ins, listings,
 * sign-outs of one's own other sessions, password changes), every answer recorded; meanwhile one instance is
 * SIGKILLed, then the primary is stopped hard twice (pg_ctl immediate; then its Patroni and postmaster SIGKILLed
 * together), and each time the old primary rejoins. Afterwards every answer is held against what the service says
 * now: no signed-out session is back, no signed-in one is lost, no password change is undone.
 */
class FailoverDrillJarIT {

    private static final Path JAR = Path.of("target", "session-service.jar").toAbsolutePath();
    private static final Path SCRIPTS = Path.of("..", "deploy", "local-cluster").toAbsolutePath().normalize();
    private static final String BALANCER = "http://127.0.0.1:28080";
    private static final String SURVIVOR = "http://127.0.0.1:28082";
    private static final int LOAD_THREADS = 4;
    private static final Duration NO_503_AFTER = Duration.ofSeconds(20);
    private static final Duration INSTANCE_ABSORBED_WITHIN = Duration.ofSeconds(5);
    private static final Pattern FIELD = Pattern.compile("\"(access_token|session_id)\":\"([^\"]+)\"");
    private static final long START = System.nanoTime();

    private static Path cluster;
    private static HttpClient http;

    /** One answer the load got: status 0 is a failure at the connection; {@code retryAfter} for 503s. */
    record Answer(String what, long atMillis, int status, boolean retryAfter) {
    }

    /** A session the load created, and what was last answered about it. */
    static final class Signed {
        final String session;
        final String token;
        final int passwordGeneration;
        volatile String fate = "live"; // live | revoked (a 200 to its DELETE) | unknown (the DELETE's answer was lost)

        Signed(String session, String token, int passwordGeneration) {
            this.session = session;
            this.token = token;
            this.passwordGeneration = passwordGeneration;
        }
    }

    /** One user of the load, driven by one thread. */
    final class Account {
        final String phone = "+1415" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        final List<String> passwords = new ArrayList<>(List.of("drill password 0"));
        final List<Signed> sessions = new CopyOnWriteArrayList<>();
        Signed current;

        String password() {
            return passwords.get(passwords.size() - 1);
        }

        String credentials(String password) {
            return "{\"phone\":\"" + phone + "\",\"password\":\"" + password + "\"}";
        }

        void run() throws Exception {
            Reply registered = post("/api/v1/auth/register", credentials(password()), null);
            answer("register", registered);
            while (registered.status != 201 && registered.status != 409 && loading.get()) {
                Thread.sleep(200);
                registered = post("/api/v1/auth/register", credentials(password()), null);
                answer("register", registered);
            }
            current = signIn();
            while (current == null && loading.get()) {
                Thread.sleep(200);
                current = signIn();
            }
            for (int round = 1; loading.get(); round++) {
                signIn();
                answer("list", get("/api/v1/sessions/", current.token));
                // a few other devices stay signed in (well under the session cap); the oldest is signed out
                List<Signed> others = sessions.stream().filter(s -> s != current && s.fate.equals("live")
                        && s.passwordGeneration == passwords.size() - 1).toList();
                if (others.size() > 3) {
                    Signed oldest = others.get(0);
                    Reply revoked = delete("/api/v1/sessions/" + oldest.session, current.token);
                    answer("revoke", revoked);
                    oldest.fate = revoked.status == 200 ? "revoked" : revoked.status == 404 ? oldest.fate : "unknown";
                }
                if (round % 7 == 0) {
                    changePassword();
                }
                Thread.sleep(100);
            }
        }

        private Signed signIn() throws Exception {
            Reply reply = post("/api/v1/auth/login", credentials(password()), null);
            answer("login", reply);
            if (reply.status != 200) {
                return null;
            }
            Map<String, String> fields = fields(reply.body);
            Signed signed = new Signed(fields.get("session_id"), fields.get("access_token"), passwords.size() - 1);
            sessions.add(signed);
            return signed;
        }

        private void changePassword() throws Exception {
            String next = "drill password " + passwords.size();
            Reply reply = post("/api/v1/auth/password", "{\"current_password\":\"" + password()
                    + "\",\"new_password\":\"" + next + "\"}", current.token);
            answer("password", reply);
            if (reply.status == 200) {
                passwords.add(next);
                return;
            }
            if (reply.status == 403 || reply.status == 429) {
                return;
            }
            // The answer was lost (503, a cut connection): whether the change committed is known only by asking.
            while (loading.get()) {
                Reply probe = post("/api/v1/auth/login", credentials(next), null);
                answer("probe", probe);
                if (probe.status == 200) {
                    passwords.add(next);
                    Map<String, String> fields = fields(probe.body);
                    sessions.add(new Signed(fields.get("session_id"), fields.get("access_token"), passwords.size() - 1));
                    return;
                }
                if (probe.status == 401 || probe.status == 429) {
                    return;
                }
                Thread.sleep(200);
            }
        }
    }

    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);

    @BeforeAll
    static void up() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPTS.resolve("up").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("JAR", JAR.toString());
        Process up = builder.start();
        up.getOutputStream().close();
        String printed = new String(up.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!up.waitFor(240, TimeUnit.SECONDS) || up.exitValue() != 0) {
            throw new IllegalStateException("deploy/local-cluster/up failed (see its output above): " + printed);
        }
        cluster = Path.of(printed.lines().reduce((first, last) -> last).orElseThrow());
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .localAddress(InetAddress.getByName("127.0.0.2")).build();
    }

    @AfterAll
    static void down() throws Exception {
        if (cluster != null) {
            Path logs = Files.createDirectories(Path.of("target", "jar-logs"));
            for (String log : List.of("a1/service.log", "a2/service.log", "n1/patroni.log", "n2/patroni.log")) {
                if (Files.exists(cluster.resolve(log))) {
                    Files.copy(cluster.resolve(log), logs.resolve("drill-" + log.replace('/', '-')),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            new ProcessBuilder("bash", SCRIPTS.resolve("down").toString(), cluster.toString(), "fast").inheritIO()
                    .start().waitFor(90, TimeUnit.SECONDS);
        }
    }

    @Test
    void an_instance_and_two_primaries_lost_under_load_cost_no_401_no_500_and_no_revocation() throws Exception {
        List<Account> accounts = new ArrayList<>();
        List<Future<?>> load = new ArrayList<>();
        long instanceKilled;
        long[] primaryKilled = new long[2];
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < LOAD_THREADS; i++) {
                Account account = new Account();
                accounts.add(account);
                load.add(threads.submit(() -> {
                    account.run();
                    return null;
                }));
            }
            try {
                Thread.sleep(4_000);
                progress("load running; SIGKILL instance a1");
                instanceKilled = now();
                kill("KILL", pidIn("a1/service.pid"));
                Thread.sleep(6_000);
                for (int round = 0; round < 2; round++) {
                    primaryKilled[round] = loseThePrimary(round);
                    Thread.sleep(3_000);
                }
            } finally {
                loading.set(false);
            }
            for (Future<?> thread : load) {
                thread.get(60, TimeUnit.SECONDS);
            }
        }
        progress("load stopped after " + answers.size() + " answers; checking every session and password");

        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        long lastInstanceFailure = answers.stream().filter(a -> a.atMillis() >= instanceKilled
                        && a.atMillis() < primaryKilled[0] && (a.status() == 0 || a.status() >= 500))
                .mapToLong(Answer::atMillis).max().orElse(instanceKilled);
        long[] lastDatabase503 = new long[2];
        for (int round = 0; round < 2; round++) {
            long from = primaryKilled[round];
            long to = round == 0 ? primaryKilled[1] : Long.MAX_VALUE;
            lastDatabase503[round] = answers.stream().filter(a -> a.atMillis() >= from && a.atMillis() < to
                    && (a.status() == 503 || a.status() == 0)).mapToLong(Answer::atMillis).max().orElse(from);
        }

        int revoked = 0;
        int live = 0;
        int changes = 0;
        List<String> wrong = new ArrayList<>();
        for (Account account : accounts) {
            int currentGeneration = account.passwords.size() - 1;
            for (Signed session : account.sessions) {
                // a password change signs out every other session; one whose DELETE was answered 200 is signed out
                boolean signedOut = session.fate.equals("revoked")
                        || session.passwordGeneration < currentGeneration && session != account.current;
                boolean signedIn = session.fate.equals("live") && !signedOut;
                if (!signedOut && !signedIn) {
                    continue; // its DELETE's answer was lost: either is right
                }
                int balancer = get("/api/v1/auth/check", session.token).status;
                int survivor = status(SURVIVOR + "/api/v1/auth/check", session.token);
                int expected = signedOut ? 401 : 200;
                if (balancer != expected || survivor != expected) {
                    wrong.add((signedOut ? "signed out" : "signed in") + " but " + balancer + "/" + survivor + ": "
                            + session.session);
                }
                if (signedOut) {
                    revoked++;
                } else {
                    live++;
                }
            }
            for (int generation = 0; generation < currentGeneration; generation++) {
                changes++;
                int oldPassword = post("/api/v1/auth/login", account.credentials(account.passwords.get(generation)), null).status;
                if (oldPassword != 401 && oldPassword != 429) {
                    wrong.add("password " + generation + " of " + account.phone + " still signs in: " + oldPassword);
                }
            }
            Reply list = get("/api/v1/sessions/", account.current.token);
            if (!list.body.contains("\"ip_address\":\"127.0.0.2\"")) {
                wrong.add("the client's own address (127.0.0.2, through HAProxy) is not what was recorded: " + list.body);
            }
        }

        System.out.printf("""
                == failover drill ==
                answers by status:                 %s
                killed instance absorbed after:    %.1f s (bound %d s)
                503s after the primary was killed: round 1 (pg_ctl immediate) %.1f s, round 2 (SIGKILL) %.1f s (bound %d s)
                checked afterwards:                %d signed-out sessions 401, %d signed-in sessions 200, %d old passwords refused
                """, byStatus, (lastInstanceFailure - instanceKilled) / 1000.0,
                INSTANCE_ABSORBED_WITHIN.toSeconds(), (lastDatabase503[0] - primaryKilled[0]) / 1000.0,
                (lastDatabase503[1] - primaryKilled[1]) / 1000.0, NO_503_AFTER.toSeconds(), revoked, live, changes);

        answers.stream().filter(a -> a.status() == 500 || a.status() == 401 && !a.what().equals("probe"))
                .forEach(a -> System.out.println("unexpected: " + a));
        assertThat(wrong).as("what the service says now against what it answered").isEmpty();
        assertThat(byStatus).as("no 500, and no 401 except probes of a password whose change was lost")
                .doesNotContainKeys(500, 501, 504);
        assertThat(answers).filteredOn(a -> a.status() == 401).allMatch(a -> a.what().equals("probe"));
        assertThat(answers).filteredOn(a -> a.status() == 503).allMatch(Answer::retryAfter);
        assertThat(lastInstanceFailure - instanceKilled).isLessThanOrEqualTo(INSTANCE_ABSORBED_WITHIN.toMillis());
        for (int round = 0; round < 2; round++) {
            assertThat(lastDatabase503[round] - primaryKilled[round]).as("round %d", round + 1)
                    .isLessThanOrEqualTo(NO_503_AFTER.toMillis());
        }
        assertThat(revoked).isPositive();
        assertThat(live).isPositive();
    }

    /**
     * Round 0: the primary's PostgreSQL stopped hard (pg_ctl stop -m immediate; its Patroni stays and brings it
     * back as a standby). Round 1: its Patroni and its postmaster SIGKILLed together, Patroni restarted once the
     * standby was promoted (restarted at once, it would still hold the leader key).
     *
     * @return when the primary was lost, in the drill's milliseconds
     */
    private static long loseThePrimary(int round) throws Exception {
        String primary = primaryNode();
        String standby = primary.equals("n1") ? "n2" : "n1";
        long lost = now();
        if (round == 0) {
            asPostgres("/usr/lib/postgresql/15/bin/pg_ctl", "-D", cluster.resolve(primary + "/data").toString(),
                    "stop", "-m", "immediate");
        } else {
            kill("KILL", pidIn(primary + "/patroni.pid"), firstLine(cluster.resolve(primary + "/data/postmaster.pid")));
        }
        progress("round " + (round + 1) + ": primary " + primary + " lost");
        awaitOrFail(() -> patroni(standby, "primary"), Duration.ofSeconds(60), standby + " promoted");
        progress("round " + (round + 1) + ": " + standby + " promoted");
        if (round == 1) {
            run("bash", cluster.resolve("start-patroni.sh").toString(), primary);
        }
        awaitOrFail(() -> patroni(primary, "sync"), Duration.ofSeconds(90), primary + " rejoined as sync standby");
        progress("round " + (round + 1) + ": " + primary + " rejoined as sync standby");
        return lost;
    }

    private static void progress(String what) {
        System.out.printf("[failover drill %6.1f s] %s%n", now() / 1000.0, what);
    }

    private void answer(String what, Reply reply) {
        answers.add(new Answer(what, now(), reply.status, reply.retryAfter));
    }

    record Reply(int status, String body, boolean retryAfter) {
    }

    private static Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(BALANCER + path)).GET(), token);
    }

    private static Reply delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(BALANCER + path)).DELETE(), token);
    }

    private static Reply post(String path, String json, String token) {
        return send(HttpRequest.newBuilder(URI.create(BALANCER + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private static Reply send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").isPresent());
        } catch (IOException cut) {
            return new Reply(0, "", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "", false);
        }
    }

    private static int status(String url, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> fields = new TreeMap<>();
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    /** Whether that node's Patroni answers 200 on /primary or /sync. */
    private static boolean patroni(String node, String role) {
        String port = node.equals("n1") ? "28008" : "28009";
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + role))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String primaryNode() throws InterruptedException {
        awaitOrFail(() -> patroni("n1", "primary") || patroni("n2", "primary"), Duration.ofSeconds(30), "a primary");
        return patroni("n1", "primary") ? "n1" : "n2";
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitOrFail(Condition condition, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (Exception notYet) {
                // keep asking
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + within + ": " + what);
    }

    private static String pidIn(String file) throws IOException {
        return firstLine(cluster.resolve(file));
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file).get(0).strip();
    }

    private static void kill(String signal, String... pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        command.addAll(List.of(pids));
        run(command.toArray(String[]::new));
    }

    private static void asPostgres(String... command) throws Exception {
        List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"));
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static long now() {
        return (System.nanoTime() - START) / 1_000_000;
    }
}
