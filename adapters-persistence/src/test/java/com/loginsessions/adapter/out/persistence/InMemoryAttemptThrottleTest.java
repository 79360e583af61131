package com.loginsessions.adapter.out.persistence;

import com.loginsessions.application.fakes.InMemoryAttemptThrottle;
import com.loginsessions.application.port.out.AttemptThrottle;

class InMemoryAttemptThrottleTest extends AttemptThrottleContract {

    @Override
    AttemptThrottle newThrottle() {
        return new InMemoryAttemptThrottle();
    }
}
