package com.loginsessions.application.port.in;

import java.util.Objects;

/** The access token exactly as the client presented it. */
public record AuthenticateCommand(String accessToken) {

    public AuthenticateCommand {
        Objects.requireNonNull(accessToken, "access token");
    }

    @Override
    public String toString() {
        return "AuthenticateCommand[redacted]";
    }
}
