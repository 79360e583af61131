package com.loginsessions.bootstrap.jar;

import com.loginsessions.adapter.out.persistence.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service jar ({@code target/session-service.jar}) started as its own process on a free loopback port,
 * against the test database, as an operator would start it. For tests that need what only a real process shows:
 * its connector under hostile clients, or two instances sharing one database. Its output goes to a file under
 * {@code target/} that is printed when it fails to start.
 */
final class RunningJar implements AutoCloseable {

    private static final Path JAR = Path.of("target", "session-service.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    final int port;
    /** the actuator's own connector: the probes */
    final int managementPort;
    private final Process process;
    private final Path log;

    private RunningJar(int port, int managementPort, Process process, Path log) {
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    static RunningJar start(String name, Map<String, String> settings) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: these tests run after `mvn package`");
        }
        int port = freePort();
        int managementPort = freePort();
        TestDatabase.Coordinates db = TestDatabase.coordinates();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-jar", JAR.toString(), "--server.port=" + port,
                "--management.server.port=" + managementPort));
        Path log = Files.createDirectories(Path.of("target", "jar-logs")).resolve(name + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_DATASOURCE_URL", db.url());
        env.put("SPRING_DATASOURCE_USERNAME", db.username());
        env.put("SPRING_DATASOURCE_PASSWORD", db.password());
        env.put("APP_TOKEN_SIGNING_KEY", "q2F6TeCxd4gn5l0b3O6qFq3U4Uq5hXv3o3l7rj1qY1A=");
        env.put("APP_PASSWORD_ARGON2_MEMORY_KIB", "1024");
        env.put("APP_PASSWORD_ARGON2_ITERATIONS", "1");
        env.putAll(settings);
        RunningJar jar = new RunningJar(port, managementPort, builder.start(), log);
        jar.awaitReady();
        return jar;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String managementBase() {
        return "http://127.0.0.1:" + managementPort;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(managementBase() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("the service was not ready within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
