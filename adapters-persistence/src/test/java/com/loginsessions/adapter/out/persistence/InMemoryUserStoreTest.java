package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.fakes.InMemoryUserStore;
import com.loginsessions.application.port.out.UserStore;

class InMemoryUserStoreTest extends UserStoreContract {

    @Override
    UserStore newStore() {
        return new InMemoryUserStore();
    }
}
