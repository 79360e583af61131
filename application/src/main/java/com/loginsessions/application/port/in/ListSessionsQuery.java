package com.loginsessions.application.port.in;

import java.util.Objects;

public record ListSessionsQuery(AuthenticatedSession caller) {

    public ListSessionsQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
