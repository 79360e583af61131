package com.loginsessions.application.fakes;

import com.loginsessions.application.port.out.SecurityEvent;
import com.loginsessions.application.port.out.SecurityEventFeed;
import com.loginsessions.domain.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps every event in memory, newest last; answers the history newest first. */
public final class RecordingSecurityEvents implements SecurityEventFeed {

    private final List<SecurityEvent> recorded = new ArrayList<>();

    /** Like the stored feed, one refused-sign-in event per window: a later refusal raises its count. */
    @Override
    public synchronized void record(SecurityEvent event) {
        if (event.type() == SecurityEvent.Type.LOGIN_THROTTLED && event.count() != null && event.count() > 1) {
            for (int i = recorded.size() - 1; i >= 0; i--) {
                SecurityEvent earlier = recorded.get(i);
                if (earlier.type() == event.type() && java.util.Objects.equals(earlier.userId(), event.userId())) {
                    recorded.set(i, new SecurityEvent(earlier.type(), earlier.occurredAt(), earlier.userId(), null,
                            earlier.ipAddress(), null, null, event.count(), null, null));
                    return;
                }
            }
            return;
        }
        recorded.add(event);
    }

    @Override
    public synchronized List<SecurityEvent> recentOf(UserId userId, int offset, int limit) {
        List<SecurityEvent> mine = new ArrayList<>(recorded.stream().filter(e -> userId.equals(e.userId())).toList());
        java.util.Collections.reverse(mine);
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

    public synchronized List<SecurityEvent> ofType(SecurityEvent.Type type) {
        return recorded.stream().filter(e -> e.type() == type).toList();
    }
}
