package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.bootstrap.ApiClient.Login;
import com.loginsessions.bootstrap.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route that declares a caller, found in the running service's own handler mappings (so a route added
 * tomorrow is covered without touching this test), refuses a token whose session has ended, with the RFC 6750
 * challenge: whatever the caller rule says reaches every authenticated path, the one-statement listing included.
 */
class AuthenticatedRoutesEndToEndTest extends RunningServiceTest {

    private static final Set<String> CALLER_TYPES = Set.of("AuthenticatedSession", "BearerToken");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void every_route_that_takes_a_caller_refuses_a_signed_out_session() {
        String phone = api.registered();
        Login signedOut = api.login(phone, ApiClient.IPHONE);
        Login other = api.login(phone, ApiClient.IPHONE);
        assertThat(api.delete("/api/v1/sessions/" + signedOut.sessionId(), other.token()).status()).isEqualTo(200);

        List<String> checked = new ArrayList<>();
        handlers.getHandlerMethods().forEach((route, handler) -> {
            boolean takesCaller = Arrays.stream(handler.getMethod().getParameterTypes())
                    .anyMatch(type -> CALLER_TYPES.contains(type.getSimpleName()));
            if (!takesCaller) {
                return;
            }
            for (String pattern : route.getPatternValues()) {
                String path = pattern.replace("{session_id}", other.sessionId());
                for (RequestMethod method : route.getMethodsCondition().getMethods()) {
                    HttpRequest.Builder request = api.builder(path, signedOut.token())
                            .header("Content-Type", "application/json")
                            .method(method.name(), HttpRequest.BodyPublishers.ofString(
                                    "{\"current_password\":\"x\",\"new_password\":\"long enough password\"}"));
                    Reply reply = api.send(request);
                    assertThat(reply.status()).as("%s %s", method, path).isEqualTo(401);
                    assertThat(reply.header("WWW-Authenticate")).as("%s %s", method, path)
                            .contains("error=\"invalid_token\"");
                    checked.add(method + " " + path);
                }
            }
        });

        assertThat(checked).as("routes that take a caller").hasSizeGreaterThanOrEqualTo(6)
                .anyMatch(route -> route.startsWith("GET /api/v1/sessions"))
                .anyMatch(route -> route.startsWith("POST /api/v1/auth/logout"))
                .anyMatch(route -> route.startsWith("POST /api/v1/auth/password"));
        assertThat(api.get("/api/v1/sessions/", other.token()).status()).as("the live session").isEqualTo(200);
    }
}
