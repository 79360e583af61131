package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.port.out.UserStore;

class JooqUserStoreTest extends UserStoreContract {

    @Override
    UserStore newStore() {
        return new JooqUserStore(new PostgresFixture().dsl);
    }
}
