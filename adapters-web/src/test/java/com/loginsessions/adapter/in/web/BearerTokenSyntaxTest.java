package com.loginsessions.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokenSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-_~+/", "abc=", "abc==", "A.B.C"})
    void rfc_6750_b64tokens_are_accepted(String token) {
        assertThat(BearerAuthentication.isB64Token(token)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "=", "==abc", "ab=c", "a b", "<script>", "abc\u00e9", "a,b", "a\"b"})
    void anything_else_is_not(String token) {
        assertThat(BearerAuthentication.isB64Token(token)).isFalse();
    }
}
