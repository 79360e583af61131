package com.loginsessions.adapter.out.observability;

import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.domain.SecurityEvent;
import com.loginsessions.domain.SecurityEvent.LoggedOut;
import com.loginsessions.domain.SecurityEvent.LoginFailed;
import com.loginsessions.domain.SecurityEvent.LoginSucceeded;
import com.loginsessions.domain.SecurityEvent.LoginThrottled;
import com.loginsessions.domain.SecurityEvent.OtherSessionsRevoked;
import com.loginsessions.domain.SecurityEvent.PasswordChangeFailed;
import com.loginsessions.domain.SecurityEvent.PasswordChanged;
import com.loginsessions.domain.SecurityEvent.RevokedBy;
import com.loginsessions.domain.SecurityEvent.SessionRevoked;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts events by type (and, for revocations, by cause): {@code security.events{type,revoked_by}}. */
final class MeteredSecurityEvents implements SecurityEvents {

    private final MeterRegistry registry;

    MeteredSecurityEvents(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(SecurityEvent event) {
        RevokedBy revokedBy = switch (event) {
            case SessionRevoked e -> e.revokedBy();
            case OtherSessionsRevoked e -> e.revokedBy();
            case PasswordChanged e -> e.revokedBy();
            case LoginSucceeded e -> null;
            case LoginFailed e -> null;
            case LoginThrottled e -> null;
            case LoggedOut e -> null;
            case PasswordChangeFailed e -> null;
        };
        int sessions = event instanceof OtherSessionsRevoked others ? Math.max(others.count(), 0) : 1;
        registry.counter("security.events",
                        "type", event.kind(),
                        "revoked_by", revokedBy == null ? "none" : revokedBy.code())
                .increment(sessions);
    }
}
