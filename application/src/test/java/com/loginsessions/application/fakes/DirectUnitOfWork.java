package com.loginsessions.application.fakes;

import com.loginsessions.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/** In memory every store call is already atomic, so the work simply runs. */
public final class DirectUnitOfWork implements UnitOfWork {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
