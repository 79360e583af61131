package com.loginsessions.application.port.out;

import java.util.function.Supplier;

/** Runs work atomically against the stores: all of its writes happen, or none. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code action} once the unit of work in progress has committed, and never if it rolls back; outside a
     * unit of work (every write has then committed on its own already), at once. For what must only ever tell of
     * something that happened: a log line, a metric.
     */
    void afterCommit(Runnable action);
}
