package com.loginsessions.application.port.in;

import com.loginsessions.domain.SessionId;
import java.util.Objects;

public record RevokeSessionCommand(AuthenticatedSession caller, SessionId target) {

    public RevokeSessionCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(target, "target session");
    }
}
