package com.loginsessions.application.fakes;

import com.loginsessions.application.port.out.AttemptThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

public final class InMemoryAttemptThrottle implements AttemptThrottle {

    private record Window(Instant start, int counted, int inFlight) {
    }

    private final Map<String, Window> windows = new HashMap<>();

    @Override
    public synchronized Admission tryBegin(ThrottleKey key, Instant now) {
        Window window = windows.get(key.value());
        if (window == null || !now.isBefore(window.start().plus(key.window()))) {
            windows.put(key.value(), new Window(now, 0, 1));
            return new Admission.Admitted();
        }
        if (window.counted() >= key.limit()) {
            Duration wait = Duration.between(now, window.start().plus(key.window()));
            return new Admission.Refused(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
        }
        if (window.counted() + window.inFlight() >= key.limit()) {
            return new Admission.Busy();
        }
        windows.put(key.value(), new Window(window.start(), window.counted(), window.inFlight() + 1));
        return new Admission.Admitted();
    }

    @Override
    public synchronized void finish(ThrottleKey key, Outcome outcome) {
        windows.computeIfPresent(key.value(), (k, w) -> new Window(w.start(), switch (outcome) {
            case COUNTS -> w.counted() + 1;
            case FREE -> w.counted();
            case CLEARS -> 0;
        }, Math.max(0, w.inFlight() - 1)));
    }

    @Override
    public synchronized void abandonInFlight(ThrottleKey key) {
        windows.computeIfPresent(key.value(), (k, w) -> new Window(w.start(), w.counted(), 0));
    }

    @Override
    public synchronized int countUnlimited(ThrottleKey key, Instant now) {
        Window window = windows.get(key.value());
        Window counted = window == null || !now.isBefore(window.start().plus(key.window()))
                ? new Window(now, 1, 0)
                : new Window(window.start(), window.counted() + 1, window.inFlight());
        windows.put(key.value(), counted);
        return counted.counted();
    }

    @Override
    public synchronized int purgeEnded(Instant before) {
        int size = windows.size();
        windows.values().removeIf(w -> w.start().isBefore(before));
        return size - windows.size();
    }
}
