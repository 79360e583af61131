package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.fakes.DirectUnitOfWork;
import com.loginsessions.application.fakes.InMemorySessionStore;
import com.loginsessions.application.port.out.SessionStore;
import com.loginsessions.application.port.out.UnitOfWork;
import com.loginsessions.domain.UserId;

/** The fake the use-case tests trust must keep the same contract as the real store. */
class InMemorySessionStoreTest extends SessionStoreContract {

    @Override
    SessionStore newStore() {
        return new InMemorySessionStore();
    }

    @Override
    UnitOfWork newUnitOfWork() {
        return new DirectUnitOfWork();
    }

    @Override
    UserId existingUser() {
        return UserId.newId();
    }
}
