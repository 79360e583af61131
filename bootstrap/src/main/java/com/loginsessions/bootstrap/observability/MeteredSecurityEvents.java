package com.loginsessions.bootstrap.observability;

import com.loginsessions.application.port.out.SecurityEvent;
import com.loginsessions.application.port.out.SecurityEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/** Counts events by type (and, for revocations, by cause): {@code security.events{type,revoked_by}}. */
final class MeteredSecurityEvents implements SecurityEvents {

    private final MeterRegistry registry;

    MeteredSecurityEvents(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void record(SecurityEvent event) {
        registry.counter("security.events",
                "type", event.type().name().toLowerCase(Locale.ROOT),
                "revoked_by", event.revokedBy() == null ? "none" : event.revokedBy().name().toLowerCase(Locale.ROOT))
                .increment(event.count() == null || event.type() != SecurityEvent.Type.OTHER_SESSIONS_REVOKED
                        ? 1 : Math.max(event.count(), 0));
    }
}
