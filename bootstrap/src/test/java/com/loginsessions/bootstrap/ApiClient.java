package com.loginsessions.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the running service, as a front end would use it. */
final class ApiClient {

    static final String PASSWORD = "correct horse battery";
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    static final String WINDOWS_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
    static final String IPAD = "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Reply(int status, Map<String, String> headers, String text) {

        JsonNode json() {
            return JSON.readTree(text);
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    record Login(String token, String sessionId) {
    }

    static String newPhone() {
        return "+1415" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    String registered() {
        String phone = newPhone();
        Reply reply = post("/api/v1/auth/register", credentials(phone, PASSWORD), Map.of());
        if (reply.status() != 201) {
            throw new AssertionError("register failed: " + reply);
        }
        return phone;
    }

    Login login(String phone, String userAgent) {
        Reply reply = post("/api/v1/auth/login", credentials(phone, PASSWORD), Map.of("User-Agent", userAgent));
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply);
        }
        JsonNode body = reply.json();
        return new Login(body.get("access_token").asString(), body.get("session_id").asString());
    }

    static String credentials(String phone, String password) {
        return JSON.writeValueAsString(Map.of("phone", phone, "password", password));
    }

    Reply get(String path, String token) {
        return send(builder(path, token).GET());
    }

    Reply delete(String path, String token) {
        return send(builder(path, token).DELETE());
    }

    Reply post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = builder(path, null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    /** POST /api/v1/auth/password as the session of {@code token}. */
    Reply changePassword(String token, String current, String next) {
        return send(builder("/api/v1/auth/password", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("current_password", current, "new_password", next)))));
    }

    Reply postAuthenticated(String path, String token) {
        return send(builder(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
            return new Reply(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    static String randomSessionId() {
        return UUID.randomUUID().toString();
    }
}
