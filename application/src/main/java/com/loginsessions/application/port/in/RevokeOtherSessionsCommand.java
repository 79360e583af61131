package com.loginsessions.application.port.in;

import java.util.Objects;

public record RevokeOtherSessionsCommand(AuthenticatedSession caller) {

    public RevokeOtherSessionsCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
