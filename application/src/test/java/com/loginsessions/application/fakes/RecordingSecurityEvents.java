package com.loginsessions.application.fakes;

import com.loginsessions.application.port.out.SecurityEvent;
import com.loginsessions.application.port.out.SecurityEventHistory;
import com.loginsessions.application.port.out.SecurityEvents;
import com.loginsessions.domain.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps every event in memory, newest last; answers the history newest first. */
public final class RecordingSecurityEvents implements SecurityEvents, SecurityEventHistory {

    private final List<SecurityEvent> recorded = new ArrayList<>();

    @Override
    public synchronized void record(SecurityEvent event) {
        recorded.add(event);
    }

    @Override
    public synchronized List<SecurityEvent> recentOf(UserId userId, int offset, int limit) {
        List<SecurityEvent> mine = new ArrayList<>(recorded.stream().filter(e -> userId.equals(e.userId())).toList());
        java.util.Collections.reverse(mine);
        mine.sort(Comparator.comparing(SecurityEvent::occurredAt).reversed());
        return mine.stream().skip(offset).limit(limit).toList();
    }

    public synchronized List<SecurityEvent> all() {
        return List.copyOf(recorded);
    }

    public synchronized List<SecurityEvent> ofType(SecurityEvent.Type type) {
        return recorded.stream().filter(e -> e.type() == type).toList();
    }
}
