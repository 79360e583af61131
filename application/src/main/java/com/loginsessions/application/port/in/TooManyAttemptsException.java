package com.loginsessions.application.port.in;

import java.time.Duration;

/** Too many failed attempts for this phone number or from this address; try again after {@link #retryAfter()}. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("too many failed attempts; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
