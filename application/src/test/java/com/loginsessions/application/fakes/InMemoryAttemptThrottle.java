package com.loginsessions.application.fakes;

import com.loginsessions.application.port.out.AttemptThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryAttemptThrottle implements AttemptThrottle {

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> windows = new HashMap<>();

    @Override
    public synchronized Optional<Duration> blockedFor(Collection<ThrottleKey> keys, Instant now) {
        Optional<Duration> longest = Optional.empty();
        for (ThrottleKey key : keys) {
            Window window = windows.get(key.value());
            if (window == null || !now.isBefore(window.start().plus(key.window())) || window.failures() < key.limit()) {
                continue;
            }
            Duration wait = Duration.between(now, window.start().plus(key.window()));
            if (longest.isEmpty() || wait.compareTo(longest.get()) > 0) {
                longest = Optional.of(wait);
            }
        }
        return longest;
    }

    @Override
    public synchronized void recordFailure(Collection<ThrottleKey> keys, Instant now) {
        for (ThrottleKey key : keys) {
            Window window = windows.get(key.value());
            if (window == null || !now.isBefore(window.start().plus(key.window()))) {
                windows.put(key.value(), new Window(now, 1));
            } else {
                windows.put(key.value(), new Window(window.start(), window.failures() + 1));
            }
        }
    }

    @Override
    public synchronized void reset(ThrottleKey key) {
        windows.remove(key.value());
    }

    @Override
    public synchronized int purgeEndedBefore(Instant before) {
        int size = windows.size();
        windows.values().removeIf(w -> w.start().isBefore(before));
        return size - windows.size();
    }
}
