package com.loginsessions.adapter.out.observability;

import com.loginsessions.application.port.out.SecurityEventFeed;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.domain.SecurityEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends each event to the user's feed inside the use case's unit of work (so a failure there fails the action,
 * and a rolled-back action leaves no event), and tells the observers (log, metrics) only once that unit of work
 * has committed: nothing outside the database ever hears of a change that did not happen. An observer's failure is
 * logged and never reaches the user.
 */
public final class SecurityEventFanOut implements SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger(SecurityEventFanOut.class);

    private final SecurityEventFeed feed;
    private final UnitOfWork unitOfWork;
    private final List<SecurityEvents> observers;

    public SecurityEventFanOut(SecurityEventFeed feed, UnitOfWork unitOfWork, List<SecurityEvents> observers) {
        this.feed = feed;
        this.unitOfWork = unitOfWork;
        this.observers = List.copyOf(observers);
    }

    @Override
    public void record(SecurityEvent event) {
        feed.append(event);
        unitOfWork.afterCommit(() -> observe(event));
    }

    private void observe(SecurityEvent event) {
        for (SecurityEvents observer : observers) {
            try {
                observer.record(event);
            } catch (RuntimeException e) {
                log.warn("Could not pass a {} event to {}: {}", event.kind(), observer.getClass().getSimpleName(),
                        e.toString());
            }
        }
    }
}
