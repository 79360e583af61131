package com.loginsessions.application.port.in;

import com.loginsessions.domain.SecurityEvent;
import java.util.List;

public record SecurityEventPage(List<SecurityEvent> events, int page, int size, boolean hasMore) {

    public SecurityEventPage {
        events = List.copyOf(events);
    }
}
