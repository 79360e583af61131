package com.loginsessions.application.service;

import com.loginsessions.domain.SessionLifetime;
import java.util.Objects;

/** How long sessions live and how many one user may keep. */
public record SessionSettings(SessionLifetime lifetime, int maxSessionsPerUser) {

    public SessionSettings {
        Objects.requireNonNull(lifetime, "lifetime");
        if (maxSessionsPerUser < 1) {
            throw new IllegalArgumentException("a user must be allowed at least one session");
        }
    }
}
