package com.loginsessions.adapter.in.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts per key in fixed one-minute windows, in this instance's memory: for limits whose purpose is to slow a
 * scan, where a count per instance is enough and a write per request to the shared database is not worth it. The
 * counters of a window are dropped when the next begins, so memory is bounded by one minute's keys.
 */
final class MinuteCounters {

    private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();

    private final Clock clock;
    private volatile long windowStart;
    private volatile Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    MinuteCounters(Clock clock) {
        this.clock = clock;
        this.windowStart = clock.millis();
    }

    /** @return whether {@code key} had counted fewer than {@code limit} in this window before this one */
    boolean countWithin(String key, int limit) {
        return current().computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() <= limit;
    }

    /** @return whether {@code key} has already counted {@code limit} in this window */
    boolean exhausted(String key, int limit) {
        AtomicInteger count = current().get(key);
        return count != null && count.get() >= limit;
    }

    /** Seconds until the current window ends (at least 1). */
    long secondsLeft() {
        return Math.max(1, (windowStart + WINDOW_MILLIS - clock.millis() + 999) / 1000);
    }

    private Map<String, AtomicInteger> current() {
        long now = clock.millis();
        if (now - windowStart >= WINDOW_MILLIS) {
            synchronized (this) {
                if (now - windowStart >= WINDOW_MILLIS) {
                    counts = new ConcurrentHashMap<>();
                    windowStart = now;
                }
            }
        }
        return counts;
    }
}
