package com.loginsessions.application.service;

import com.loginsessions.application.port.in.TooManyAttemptsException;
import com.loginsessions.application.port.out.AttemptThrottle;
import com.loginsessions.application.port.out.AttemptThrottle.ThrottleKey;
import com.loginsessions.domain.IpAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Brute-force limits (OWASP ASVS 6.3): failed sign-ins are counted per phone number — as typed, normalised when
 * possible, so unknown numbers are counted exactly like real ones — and per client IP. Past a limit, attempts are
 * refused with a retry time whether or not the password is right; when the window ends the count starts over,
 * so nobody is locked out for good.
 */
public final class ThrottlePolicy {

    private final AttemptThrottle throttle;
    private final int failuresPerPhone;
    private final int failuresPerAddress;
    private final Duration window;

    public ThrottlePolicy(AttemptThrottle throttle, int failuresPerPhone, int failuresPerAddress, Duration window) {
        if (failuresPerPhone < 1 || failuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("throttle limits must be positive");
        }
        this.throttle = throttle;
        this.failuresPerPhone = failuresPerPhone;
        this.failuresPerAddress = failuresPerAddress;
        this.window = window;
    }

    /** @throws TooManyAttemptsException when the phone number or the address has used up its attempts */
    void checkAllowed(List<ThrottleKey> keys, Instant now) {
        throttle.blockedFor(keys, now).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
    }

    void recordFailure(List<ThrottleKey> keys, Instant now) {
        throttle.recordFailure(keys, now);
    }

    void recordSuccess(ThrottleKey phoneKey) {
        throttle.reset(phoneKey);
    }

    void purgeEnded(Instant now) {
        throttle.purgeEndedBefore(now.minus(window));
    }

    ThrottleKey phoneKey(String phoneAsKeyed) {
        String key = "phone:" + phoneAsKeyed.strip().toLowerCase(Locale.ROOT);
        return new ThrottleKey(key.length() > ThrottleKey.MAX_LENGTH ? key.substring(0, ThrottleKey.MAX_LENGTH) : key,
                failuresPerPhone, window);
    }

    ThrottleKey addressKey(IpAddress address) {
        return new ThrottleKey("ip:" + address.value().toLowerCase(Locale.ROOT), failuresPerAddress, window);
    }
}
