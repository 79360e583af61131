package com.loginsessions.adapter.out.observability;

import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.domain.SecurityEvent;
import com.loginsessions.domain.SecurityEvent.OtherSessionsRevoked;
import com.loginsessions.domain.SecurityEvent.Revocation;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts events by type (and, for revocations, by cause): {@code security.events{type,revoked_by}}. */
final class MeteredSecurityEvents implements SecurityEvents {

    private final MeterRegistry registry;

    MeteredSecurityEvents(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(SecurityEvent event) {
        String revokedBy = event instanceof Revocation revocation ? revocation.revokedBy().code() : "none";
        int sessions = event instanceof OtherSessionsRevoked others ? Math.max(others.count(), 0) : 1;
        registry.counter("security.events",
                        "type", event.kind(),
                        "revoked_by", revokedBy)
                .increment(sessions);
    }
}
