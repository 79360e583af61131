package com.loginsessions.adapter.in.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "app.web.cors-allowed-origins=https://app.example")
class CorsTest extends MockedUseCasesTest {

    @Test
    void a_configured_origin_may_call_the_api_with_a_bearer_token() throws Exception {
        mvc.perform(options("/api/v1/sessions")
                        .header("Origin", "https://app.example")
                        .header("Access-Control-Request-Method", "DELETE")
                        .header("Access-Control-Request-Headers", "Authorization"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "https://app.example"));
    }

    @Test
    void other_origins_are_refused() throws Exception {
        mvc.perform(options("/api/v1/sessions")
                        .header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }
}
