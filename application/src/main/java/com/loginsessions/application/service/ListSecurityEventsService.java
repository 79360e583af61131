package com.loginsessions.application.service;

import com.loginsessions.application.port.in.ListSecurityEventsQuery;
import com.loginsessions.application.port.in.ListSecurityEventsUseCase;
import com.loginsessions.application.port.in.SecurityEventPage;
import com.loginsessions.application.port.out.SecurityEventHistory;
import com.loginsessions.domain.SecurityEvent;
import java.util.List;

public final class ListSecurityEventsService implements ListSecurityEventsUseCase {

    private final SecurityEventHistory history;

    public ListSecurityEventsService(SecurityEventHistory history) {
        this.history = history;
    }

    @Override
    public SecurityEventPage listSecurityEvents(ListSecurityEventsQuery query) {
        List<SecurityEvent> oneMore = history.recentOf(query.caller().userId(), query.page() * query.size(),
                query.size() + 1);
        boolean hasMore = oneMore.size() > query.size();
        return new SecurityEventPage(hasMore ? oneMore.subList(0, query.size()) : oneMore, query.page(),
                query.size(), hasMore);
    }
}
