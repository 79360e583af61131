package com.loginsessions.application.port.in;

import java.util.Objects;

/** An access token as a resource server presented it for introspection (RFC 7662). */
public record IntrospectTokenQuery(String token) {

    public IntrospectTokenQuery {
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "IntrospectTokenQuery[redacted]";
    }
}
