package com.loginsessions.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Starts calls on separate threads at the same instant, for race tests at every level. */
public final class Concurrently {

    private Concurrently() {
    }

    /** The same call {@code parallel} times at once. */
    public static <T> List<T> race(int parallel, Callable<T> call) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            calls.add(call);
        }
        return raceEach(calls);
    }

    /** Each call on its own thread, all released together; results in the order of the calls. */
    public static <T> List<T> raceEach(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
