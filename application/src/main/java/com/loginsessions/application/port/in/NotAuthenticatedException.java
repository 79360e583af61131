package com.loginsessions.application.port.in;

/** The presented token is not (or no longer) a live session's: forged, expired, or signed out. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException(String reason) {
        super(reason);
    }

    /** The token was genuine, but its session is gone: signed out, revoked, or expired. */
    public static NotAuthenticatedException sessionEnded() {
        return new NotAuthenticatedException("the session has ended");
    }
}
