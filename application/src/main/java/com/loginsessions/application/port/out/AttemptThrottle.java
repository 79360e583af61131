package com.loginsessions.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Attempt counters per key (a phone number, a client network, a number from one network, a session), in fixed
 * windows, shared by every instance. An attempt is admitted before it is evaluated and counts as in flight until it
 * finishes, so however many arrive at once, no more than a key's limit are ever being evaluated or have failed:
 * a parallel burst cannot buy more guesses than the limit.
 */
public interface AttemptThrottle {

    /**
     * Admits one attempt if the key's counted attempts plus those in flight are below its limit; a window that has
     * ended starts anew with this attempt. Atomic across instances.
     */
    Admission tryBegin(ThrottleKey key, Instant now);

    /** Ends an admitted attempt: it is no longer in flight, and counts or not as {@code outcome} says. */
    void finish(ThrottleKey key, Outcome outcome);

    /**
     * Forgets the key's attempts in flight. For attempts whose finish never came (the instance died, or the
     * database failed, in the middle): an evaluation takes well under a second, so attempts in flight for
     * seconds are such leftovers.
     */
    void abandonInFlight(ThrottleKey key);

    /** Counts one event whatever the limit. @return the key's count in its current window, this one included */
    int countUnlimited(ThrottleKey key, Instant now);

    /** Removes counters whose window has ended, i.e. started before {@code windowsStartedBefore}. @return how many */
    int purgeEnded(Instant windowsStartedBefore);

    sealed interface Admission {

        /** The attempt may be evaluated; it must be finished. */
        record Admitted() implements Admission {
        }

        /** The key's counted attempts reached its limit: refused until the window ends, {@code retryAfter} from now. */
        record Refused(Duration retryAfter) implements Admission {
        }

        /** Below the limit, but as many attempts as it leaves room for are being evaluated right now. */
        record Busy() implements Admission {
        }
    }

    enum Outcome {
        /** the attempt counts against the limit (a failed sign-in, a sign-up) */
        COUNTS,
        /** the attempt does not count (a successful sign-in), or was abandoned */
        FREE,
        /** the attempt does not count, and the key's counted attempts are forgotten */
        CLEARS
    }

    /** @param limit attempts allowed to count in one window */
    record ThrottleKey(String value, int limit, Duration window) {

        public static final int MAX_LENGTH = 120;

        public ThrottleKey {
            if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("throttle key must be 1 to " + MAX_LENGTH + " characters");
            }
            if (limit < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("throttle limits must be positive");
            }
        }
    }
}
