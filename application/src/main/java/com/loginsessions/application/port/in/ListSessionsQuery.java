package com.loginsessions.application.port.in;

import java.util.Objects;

/** The access token exactly as the client presented it: listing authenticates the caller in its own read. */
public record ListSessionsQuery(String accessToken) {

    public ListSessionsQuery {
        Objects.requireNonNull(accessToken, "access token");
    }

    @Override
    public String toString() {
        return "ListSessionsQuery[redacted]";
    }
}
