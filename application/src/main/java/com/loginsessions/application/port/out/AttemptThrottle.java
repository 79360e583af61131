package com.loginsessions.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Counts failed attempts per key (a phone number, a client IP) in fixed windows, shared by every instance. */
public interface AttemptThrottle {

    /**
     * @return when a key is at or over its limit in its current window, how long until that window ends
     *         (the longest such wait over all keys); empty when every key may try
     */
    Optional<Duration> blockedFor(Collection<ThrottleKey> keys, Instant now);

    /** Counts one failure against each key; a key whose window has ended starts a new window now. */
    void recordFailure(Collection<ThrottleKey> keys, Instant now);

    /** Forgets a key's failures (after a successful sign-in with that phone number). */
    void reset(ThrottleKey key);

    /** Removes counters whose window ended before {@code before}. @return how many */
    int purgeEndedBefore(Instant before);

    /** @param limit failures allowed in one window before attempts are refused */
    record ThrottleKey(String value, int limit, Duration window) {

        public static final int MAX_LENGTH = 80;

        public ThrottleKey {
            if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("throttle key must be 1 to " + MAX_LENGTH + " characters");
            }
        }
    }
}
