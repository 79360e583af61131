package com.loginsessions.application.port;

/**
 * A store cannot answer right now (unreachable, overloaded, timed out). Nothing is known about the data, so this
 * must never be read as "not found" or "signed out": callers should be told to retry.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
