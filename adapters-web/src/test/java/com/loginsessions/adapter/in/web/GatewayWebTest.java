package com.loginsessions.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.loginsessions.application.port.in.AuthenticatedSession;
import com.loginsessions.application.port.in.TokenIntrospection;
import com.loginsessions.domain.SessionId;
import com.loginsessions.domain.UserId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** The gateway check's and introspection's codes, headers and bodies. */
@TestPropertySource(properties = "app.introspection.clients=gateway:"
        + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") // sha256("test")
class GatewayWebTest extends MockedUseCasesTest {

    private static final AuthenticatedSession CALLER = new AuthenticatedSession(UserId.newId(), SessionId.newId());
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("gateway:test".getBytes(StandardCharsets.UTF_8));

    @Test
    void the_check_answers_any_method_with_the_callers_ids_and_no_body() throws Exception {
        given(authenticate.authenticate(any())).willReturn(CALLER);

        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
                get("/api/v1/auth/check"), post("/api/v1/auth/check/"), patch("/api/v1/auth/check")}) {
            mvc.perform(request.header("Authorization", "Bearer a.b.c"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-User-Id", CALLER.userId().toString()))
                    .andExpect(header().string("X-Session-Id", CALLER.sessionId().toString()))
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(content().string(""));
        }
        mvc.perform(get("/api/v1/auth/check"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"session-service\""));
    }

    @Test
    void introspection_needs_a_configured_client_and_says_nothing_more_than_inactive() throws Exception {
        given(introspect.introspect(any())).willReturn(new TokenIntrospection.Inactive());

        mvc.perform(post("/api/v1/auth/introspect").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("token=x"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", IntrospectionController.BASIC_REALM));
        verify(introspect, never()).introspect(any());
        mvc.perform(post("/api/v1/auth/introspect").header("Authorization", BASIC)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("token=x"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"active\":false}", org.springframework.test.json.JsonCompareMode.STRICT));
        mvc.perform(post("/api/v1/auth/introspect").header("Authorization", BASIC)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("token_type_hint=access_token"))
                .andExpect(status().isBadRequest());
    }
}
