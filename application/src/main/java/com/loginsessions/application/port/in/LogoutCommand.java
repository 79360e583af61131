package com.loginsessions.application.port.in;

import java.util.Objects;

public record LogoutCommand(AuthenticatedSession caller) {

    public LogoutCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
