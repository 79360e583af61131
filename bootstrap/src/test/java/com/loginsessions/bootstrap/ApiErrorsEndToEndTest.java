package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.bootstrap.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Errors, including those raised before any controller runs, are problem details with the right codes. */
class ApiErrorsEndToEndTest extends RunningServiceTest {

    @Test
    void no_token_is_a_plain_bearer_challenge() {
        Reply reply = api.get("/api/v1/sessions/", null);

        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer realm=").doesNotContain("error=");
    }

    @Test
    void a_malformed_authorization_header_is_invalid_request() {
        Reply twoTokens = api.send(api.builder("/api/v1/sessions", null).header("Authorization", "Bearer a b").GET());
        Reply empty = api.send(api.builder("/api/v1/sessions", null).header("Authorization", "Bearer").GET());

        assertProblem(twoTokens, 400);
        assertProblem(empty, 400);
        assertThat(twoTokens.header("WWW-Authenticate")).contains("error=\"invalid_request\"");
    }

    @Test
    void forged_and_unsigned_tokens_are_invalid_token() {
        Reply garbage = api.get("/api/v1/sessions", "not.a.jwt");
        // {"alg":"none"} . {"sub":...,"sid":...} . (no signature)
        Reply unsigned = api.get("/api/v1/sessions",
                "eyJhbGciOiJub25lIiwidHlwIjoiYXQrand0In0.eyJzdWIiOiIwYjhlNGY1Yy0zYzU1LTRjMWUtOWY1My02YTFmM2YyZjFhMTAifQ.");

        assertProblem(garbage, 401);
        assertProblem(unsigned, 401);
        assertThat(garbage.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void a_token_in_the_query_string_is_not_accepted() {
        ApiClient.Login login = api.login(api.registered(), ApiClient.IPHONE);

        assertProblem(api.get("/api/v1/sessions?access_token=" + login.token(), null), 401);
    }

    @Test
    void unknown_paths_wrong_methods_bad_bodies_and_media_types_are_problems() {
        assertProblem(api.get("/api/v1/nothing-here", null), 404);
        Reply wrongMethod = api.send(api.builder("/api/v1/auth/login", null).GET());
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.header("Allow")).contains("POST");
        assertProblem(api.post("/api/v1/auth/login", "{not json", Map.of()), 400);
        assertProblem(api.post("/api/v1/auth/login", "{}", Map.of()), 400);
        assertProblem(api.send(api.builder("/api/v1/auth/login", null)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x"))), 415);
    }

    @Test
    void malformed_session_ids_are_not_found_never_a_server_error() {
        ApiClient.Login login = api.login(api.registered(), ApiClient.IPHONE);

        for (String id : new String[] {"123", "not-a-uuid", "1-1-1-1-1", "%27%20or%201%3D1--", "x".repeat(300)}) {
            assertProblem(api.delete("/api/v1/sessions/" + id, login.token()), 404);
        }
    }

    @Test
    void registration_rejects_bad_phones_and_passwords() {
        assertProblem(api.post("/api/v1/auth/register", ApiClient.credentials("not a phone", "correct horse"), Map.of()), 400);
        assertProblem(api.post("/api/v1/auth/register", ApiClient.credentials(ApiClient.newPhone(), "short"), Map.of()), 400);
        assertProblem(api.post("/api/v1/auth/register",
                ApiClient.credentials(ApiClient.newPhone(), "x".repeat(129)), Map.of()), 400);
    }

    @Test
    void docs_and_the_openapi_document_with_a_bearer_scheme_are_served() {
        Reply entry = api.get("/docs", null);
        Reply page = api.get(entry.header("Location"), null);
        Reply document = api.get("/v3/api-docs", null);

        assertThat(entry.status()).isEqualTo(302);
        assertThat(page.status()).isEqualTo(200);
        Reply withSlash = api.get("/docs/", null);
        assertThat(withSlash.status()).isEqualTo(302);
        assertThat(api.get(withSlash.header("Location"), null).header("Location")).isEqualTo(entry.header("Location"));
        assertThat(page.text()).contains("swagger-ui");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(document.json().get("paths").propertyNames()).contains("/api/v1/sessions/{session_id}",
                "/api/v1/auth/login", "/api/v1/auth/register", "/api/v1/auth/logout", "/api/v1/auth/password",
                "/api/v1/sessions/events");
        assertThat(document.json().at("/paths/~1api~1v1~1auth~1login/post/responses/401/content")
                .propertyNames()).containsExactly("application/problem+json");
        assertThat(document.json().at("/components/schemas/ProblemDetail").isMissingNode()).isFalse();
    }

    @Test
    void oversized_bodies_are_413_whether_announced_or_streamed() {
        String huge = ApiClient.credentials(ApiClient.newPhone(), "a".repeat(1_000_000));

        assertProblem(api.post("/api/v1/auth/login", huge, Map.of()), 413);
        assertProblem(api.send(api.builder("/api/v1/auth/login", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes())))), 413);
    }

    @Test
    void requests_tomcat_rejects_itself_are_problems_too() {
        assertProblem(api.get("/api/v1/sessions/%00", null), 400);
        Reply hugeHeader = api.send(api.builder("/api/v1/sessions", null).header("X-Padding", "a".repeat(20_000)).GET());
        assertThat(hugeHeader.status()).isIn(400, 431);
        assertThat(hugeHeader.header("Content-Type")).startsWith("application/problem+json");
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("title").asString()).isNotBlank();
        assertThat(reply.text()).doesNotContain("Exception", "at com.", "SQL");
    }
}
