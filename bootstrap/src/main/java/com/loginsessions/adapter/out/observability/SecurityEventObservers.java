package com.loginsessions.adapter.out.observability;

import com.loginsessions.application.port.out.SecurityEvents;
import java.util.List;

/** Where committed security events are reported besides the feed: the {@code security} log and the metrics. */
public record SecurityEventObservers(List<SecurityEvents> all) {

    public SecurityEventObservers {
        all = List.copyOf(all);
    }
}
