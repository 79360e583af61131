package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.fakes.RecordingSecurityEvents;
import com.loginsessions.application.port.out.SecurityEventFeed;
import com.loginsessions.domain.UserId;

class InMemorySecurityEventsTest extends SecurityEventsContract {

    @Override
    SecurityEventFeed newEvents() {
        return new RecordingSecurityEvents();
    }

    @Override
    UserId existingUser() {
        return UserId.newId();
    }
}
