package com.loginsessions.application.fakes;

import com.loginsessions.application.port.out.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * In memory every store call is already atomic, so the work simply runs; what waits for the commit runs when the
 * outermost unit of work returns, and is dropped when it throws, as a database transaction would.
 */
public final class DirectUnitOfWork implements UnitOfWork {

    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (afterCommit.get() != null) {
            return work.get();
        }
        List<Runnable> waiting = new ArrayList<>();
        afterCommit.set(waiting);
        T result;
        try {
            result = work.get();
        } finally {
            afterCommit.remove();
        }
        waiting.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> waiting = afterCommit.get();
        if (waiting == null) {
            action.run();
        } else {
            waiting.add(action);
        }
    }
}
