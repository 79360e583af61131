package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.domain.UserId;

class JooqSessionStoreTest extends SessionStoreContract {

    private final PostgresFixture postgres = new PostgresFixture();

    @Override
    void resetStorage() {
        postgres.truncate();
    }

    @Override
    SessionStore newStore() {
        return new JooqSessionStore(postgres.dsl);
    }

    @Override
    UnitOfWork newUnitOfWork() {
        return postgres.unitOfWork;
    }

    @Override
    UserId existingUser() {
        return postgres.insertedUser().id();
    }
}
