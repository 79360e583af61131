package com.loginsessions.application.port.out;

import java.util.function.Supplier;

/** Runs work atomically against the stores: all of its writes happen, or none. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
