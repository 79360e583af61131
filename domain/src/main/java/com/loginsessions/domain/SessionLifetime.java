package com.loginsessions.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a session may live: it ends after {@code idleTimeout} without activity, and {@code absoluteLifetime}
 * after sign-in however active it is. Activity is recorded at most once per {@link Session#ACTIVITY_RESOLUTION},
 * so a session may end up to that much before its idle timeout, never after.
 */
public record SessionLifetime(Duration idleTimeout, Duration absoluteLifetime) {

    public SessionLifetime {
        Objects.requireNonNull(idleTimeout, "idle timeout");
        Objects.requireNonNull(absoluteLifetime, "absolute lifetime");
        if (idleTimeout.compareTo(Session.ACTIVITY_RESOLUTION.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("the idle timeout must be at least twice the activity resolution ("
                    + Session.ACTIVITY_RESOLUTION.multipliedBy(2).toSeconds() + " s)");
        }
        if (absoluteLifetime.compareTo(Session.ACTIVITY_RESOLUTION) <= 0) {
            throw new IllegalArgumentException("the absolute lifetime must be longer than "
                    + Session.ACTIVITY_RESOLUTION.toSeconds() + " s");
        }
    }

    /** Which sessions count as live at {@code now}. */
    public LiveAt liveAt(Instant now) {
        return new LiveAt(now, now.minus(idleTimeout));
    }

    public Instant absoluteExpiryOf(Instant signedInAt) {
        return signedInAt.plus(absoluteLifetime);
    }

    /**
     * A session is live at {@code now} when its absolute expiry is later than {@code now} and it was last active
     * later than {@code activeAfter}.
     */
    public record LiveAt(Instant now, Instant activeAfter) {

        public LiveAt {
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(activeAfter, "active after");
        }
    }
}
