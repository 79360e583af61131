package com.loginsessions.adapter.out.observability;

import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.domain.SecurityEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each event to the user's feed first — inside the use case's transaction, so a failure there fails the
 * action — then to the best-effort sinks (log, metrics), whose failures are logged and never reach the user.
 */
final class SecurityEventFanOut implements SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger(SecurityEventFanOut.class);

    private final SecurityEvents feed;
    private final List<SecurityEvents> bestEffort;

    SecurityEventFanOut(SecurityEvents feed, List<SecurityEvents> bestEffort) {
        this.feed = feed;
        this.bestEffort = List.copyOf(bestEffort);
    }

    @Override
    public void record(SecurityEvent event) {
        feed.record(event);
        for (SecurityEvents sink : bestEffort) {
            try {
                sink.record(event);
            } catch (RuntimeException e) {
                log.warn("Could not pass a {} event to {}: {}", event.kind(), sink.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
