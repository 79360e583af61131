package com.loginsessions.application.fakes;

import com.loginsessions.application.port.out.SecurityEventFeed;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.domain.SecurityEvent;
import com.loginsessions.domain.SecurityEvent.LoginThrottled;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps every event in memory, newest last; answers the history newest first. */
public final class RecordingSecurityEvents implements SecurityEventFeed, SecurityEvents {

    private final List<SecurityEvent> recorded = new ArrayList<>();

    /** The use cases' events go straight to this feed: no observers in these tests. */
    @Override
    public void record(SecurityEvent event) {
        append(event);
    }

    /** Like the stored feed, one refused-sign-in event per window: a later refusal raises its count. */
    @Override
    public synchronized void append(SecurityEvent event) {
        if (event instanceof LoginThrottled later && !later.opensWindow()) {
            for (int i = recorded.size() - 1; i >= 0; i--) {
                if (recorded.get(i) instanceof LoginThrottled earlier && earlier.account().equals(later.account())) {
                    recorded.set(i, new LoginThrottled(earlier.occurredAt(), earlier.account(), earlier.ipAddress(),
                            later.attempts()));
                    return;
                }
            }
            return;
        }
        recorded.add(event);
    }

    @Override
    public synchronized List<SecurityEvent> recentOf(UserId userId, int offset, int limit) {
        List<SecurityEvent> mine = new ArrayList<>(recorded.stream()
                .filter(e -> e.account().equals(Optional.of(userId)))
                .toList());
        Collections.reverse(mine);
        mine.sort(Comparator.comparing(SecurityEvent::occurredAt).reversed());
        return mine.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public synchronized int purgeOlderThan(Instant before, int batchSize) {
        List<SecurityEvent> old = recorded.stream().filter(e -> e.occurredAt().isBefore(before)).limit(batchSize).toList();
        recorded.removeAll(old);
        return old.size();
    }

    public synchronized List<SecurityEvent> all() {
        return List.copyOf(recorded);
    }

    public synchronized <T extends SecurityEvent> List<T> ofType(Class<T> type) {
        return recorded.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
