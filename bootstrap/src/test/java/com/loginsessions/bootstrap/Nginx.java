package com.loginsessions.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's NGINX, started with the configuration users copy from {@code deploy/nginx} (only its addresses changed:
 * the session service's and the API's ports, the listen port and the paths), on loopback, from a temporary
 * directory, in the foreground, stopped by {@link #close()}.
 */
final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final Path DEPLOY = Path.of("..", "deploy", "nginx").toAbsolutePath().normalize();

    final int port;
    final Path accessLog;
    private final Path directory;
    private final Process process;

    private Nginx(int port, Path directory, Process process) {
        this.port = port;
        this.directory = directory;
        this.accessLog = directory.resolve("access.log");
        this.process = process;
    }

    static Nginx inFrontOf(int sessionServicePort, int apiPort) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("NGINX is not installed (" + BINARY + "): apt-get install -y nginx "
                    + "(.ci/run installs it)");
        }
        Path directory = Files.createTempDirectory("nginx-e2e",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        int port = freePort();
        for (String file : List.of("session-check.conf", "session-identity.conf")) {
            Files.copy(DEPLOY.resolve(file), directory.resolve(file));
        }
        String product = Files.readString(DEPLOY.resolve("product.conf"))
                .replace("127.0.0.1:8080", "127.0.0.1:" + sessionServicePort)
                .replace("127.0.0.1:3000", "127.0.0.1:" + apiPort)
                .replace("127.0.0.1:8088", "127.0.0.1:" + port)
                .replace("/var/log/nginx/product-access.log", directory.resolve("access.log").toString())
                .replace("/etc/nginx/", directory + "/");
        Files.writeString(directory.resolve("product.conf"), product);
        Files.writeString(directory.resolve("nginx.conf"), """
                worker_processes 1;
                error_log %1$s/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 256; }
                http {
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/product.conf;
                }
                """.formatted(directory));
        Process process = new ProcessBuilder(BINARY.toString(), "-p", directory.toString(), "-c",
                directory.resolve("nginx.conf").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(directory.resolve("stdout.log").toFile()).start();
        Nginx nginx = new Nginx(port, directory, process);
        nginx.awaitListening();
        return nginx;
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("NGINX exited with " + process.exitValue() + ": "
                        + Files.readString(directory.resolve("stdout.log")) + readIfThere(directory.resolve("error.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IllegalStateException("NGINX did not listen within 10 s: " + readIfThere(directory.resolve("error.log")));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String accessLogText() throws IOException {
        return readIfThere(accessLog);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
