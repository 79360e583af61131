package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.bootstrap.ApiClient.Login;
import com.loginsessions.bootstrap.ApiClient.Reply;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document and Swagger UI tell the truth: each operation once, and examples the service really sends. */
class DocumentationEndToEndTest extends RunningServiceTest {

    @Test
    void each_operation_is_documented_once_and_nothing_that_is_not_the_api() {
        JsonNode paths = document().get("paths");

        assertThat(paths.propertyNames()).containsExactlyInAnyOrder("/api/v1/auth/register", "/api/v1/auth/login",
                "/api/v1/auth/logout", "/api/v1/auth/password", "/api/v1/sessions/", "/api/v1/sessions/{session_id}",
                "/api/v1/sessions/events", "/api/v1/auth/check", "/api/v1/auth/introspect");
        int operations = 0;
        for (JsonNode path : paths) {
            operations += path.propertyNames().size();
        }
        assertThat(operations).isEqualTo(10);
    }

    @Test
    void the_server_is_relative_whatever_host_the_request_named() {
        Reply reply = api.send(api.builder("/v3/api-docs", null).header("X-Forwarded-Host", "evil.example").GET());

        assertThat(reply.json().at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(reply.text()).doesNotContain("evil.example");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void examples_have_the_shape_and_configured_values_of_real_responses() {
        JsonNode schemas = document().at("/components/schemas");
        String phone = api.registered();
        Reply loginReply = api.post("/api/v1/auth/login", ApiClient.credentials(phone, ApiClient.PASSWORD),
                Map.of("User-Agent", ApiClient.IPHONE));
        Login login = new Login(loginReply.json().get("access_token").asString(), loginReply.json().get("session_id").asString());
        JsonNode list = api.get("/api/v1/sessions/", login.token()).json();

        JsonNode token = schemas.at("/Token/example");
        assertThat(fields(token)).isEqualTo(fields(loginReply.json()));
        assertThat(token.get("expires_in").asLong()).isEqualTo(loginReply.json().get("expires_in").asLong());
        JsonNode sessionList = schemas.at("/SessionList/example");
        assertThat(fields(sessionList)).isEqualTo(fields(list));
        assertThat(fields(sessionList.get("sessions").get(0))).isEqualTo(fields(list.get("sessions").get(0)));
        assertThat(sessionList.get("total_devices").asInt()).isEqualTo(sessionList.get("sessions").size());
        assertThat(sessionList.at("/sessions/0/device_model").isNull()).isTrue();

        JsonNode documented401 = document().at(
                "/paths/~1api~1v1~1sessions~1/get/responses/401/content/application~1problem+json/example");
        Reply real401 = api.get("/api/v1/sessions/", "not.a.valid.token.at.all");
        assertThat(fields(documented401)).isEqualTo(fields(real401.json()));
        JsonNode documentedLogin401 = document().at(
                "/paths/~1api~1v1~1auth~1login/post/responses/401/content/application~1problem+json/example");
        Reply realLogin401 = api.post("/api/v1/auth/login", ApiClient.credentials(phone, "a wrong password"), Map.of());
        assertThat(documentedLogin401.get("detail").asString()).isEqualTo(realLogin401.json().get("detail").asString());
        assertThat(fields(documentedLogin401)).isEqualTo(fields(realLogin401.json()));
        assertThat(document().toString()).doesNotContain("additionalProp").doesNotContain("example.com");
    }

    @Test
    void a_doubled_bearer_scheme_is_400_saying_what_to_paste() {
        Login login = api.login(api.registered(), ApiClient.IPHONE);

        Reply doubled = api.send(api.builder("/api/v1/sessions/", null)
                .header("Authorization", "Bearer Bearer " + login.token()).GET());

        assertThat(doubled.status()).isEqualTo(400);
        assertThat(doubled.json().get("detail").asString()).contains("Bearer twice").contains("paste");
    }

    @Test
    void swagger_ui_folds_a_pasted_bearer_prefix_and_keeps_no_token_in_local_storage() {
        Reply initializer = api.get("/swagger-ui/swagger-initializer.js", null);

        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.text()).contains("requestInterceptor").contains("\"persistAuthorization\" : false");
        Reply page = api.get("/swagger-ui/index.html", null);
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("script-src 'self'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void a_phone_number_without_its_country_code_is_400_saying_so() {
        Reply reply = api.post("/api/v1/auth/register", ApiClient.credentials("415 555 0123", ApiClient.PASSWORD), Map.of());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("detail").asString()).contains("country code");
    }

    private JsonNode document() {
        return api.get("/v3/api-docs", null).json();
    }

    private static Set<String> fields(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }
}
