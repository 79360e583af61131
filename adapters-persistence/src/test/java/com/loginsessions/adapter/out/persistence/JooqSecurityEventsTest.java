package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.port.out.SecurityEventFeed;
import com.loginsessions.domain.UserId;

class JooqSecurityEventsTest extends SecurityEventsContract {

    private final PostgresFixture postgres = new PostgresFixture();

    @Override
    SecurityEventFeed newEvents() {
        return new JooqSecurityEvents(postgres.dsl);
    }

    @Override
    UserId existingUser() {
        return postgres.insertedUser().id();
    }
}
