package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.port.out.AttemptThrottle;

class JooqAttemptThrottleTest extends AttemptThrottleContract {

    @Override
    AttemptThrottle newThrottle() {
        return new JooqAttemptThrottle(new PostgresFixture().dsl);
    }
}
