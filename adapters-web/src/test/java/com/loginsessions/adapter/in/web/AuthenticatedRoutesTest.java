package com.loginsessions.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.application.port.in.AuthenticatedSession;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/** The start-up check that every API route says how it is authenticated. */
class AuthenticatedRoutesTest {

    @SuppressWarnings("unused")
    static final class Handlers {
        String confirmed(AuthenticatedSession caller) {
            return "";
        }

        String tokenOnly(BearerToken token) {
            return "";
        }

        @PublicEndpoint
        String open() {
            return "";
        }

        String forgotItsCaller() {
            return "";
        }

        @PublicEndpoint
        String publicYetTakesACaller(AuthenticatedSession caller) {
            return "";
        }

        String twoCallers(AuthenticatedSession caller, BearerToken token) {
            return "";
        }
    }

    @Test
    void a_handler_under_api_that_forgets_its_caller_or_contradicts_itself_is_reported() throws Exception {
        Map<RequestMappingInfo, HandlerMethod> routes = new LinkedHashMap<>();
        for (String name : List.of("confirmed", "tokenOnly", "open", "forgotItsCaller", "publicYetTakesACaller",
                "twoCallers")) {
            routes.put(RequestMappingInfo.paths("/api/v1/" + name).build(), handler(name));
        }
        routes.put(RequestMappingInfo.paths("/devices").build(), handler("forgotItsCaller"));

        List<String> wrong = AuthenticatedRoutes.misdeclared(routes);

        assertThat(wrong).hasSize(3);
        assertThat(wrong.get(0)).contains("/api/v1/forgotItsCaller").contains("takes no caller");
        assertThat(wrong.get(1)).contains("/api/v1/publicYetTakesACaller").contains("@PublicEndpoint but takes a caller");
        assertThat(wrong.get(2)).contains("twoCallers").contains("twice");
    }

    @Test
    void the_declared_parameter_decides_what_the_interceptor_does() throws Exception {
        assertThat(BearerAuthentication.Caller.of(handler("confirmed").getMethod()))
                .isEqualTo(BearerAuthentication.Caller.CONFIRMED);
        assertThat(BearerAuthentication.Caller.of(handler("tokenOnly").getMethod()))
                .isEqualTo(BearerAuthentication.Caller.TOKEN);
        assertThat(BearerAuthentication.Caller.of(handler("open").getMethod())).isEqualTo(BearerAuthentication.Caller.NONE);
    }

    private static HandlerMethod handler(String name) {
        for (Method method : Handlers.class.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return new HandlerMethod(new Handlers(), method);
            }
        }
        throw new IllegalArgumentException(name);
    }
}
