package com.loginsessions.application.port.in;

/** Deliberately the same whether the session never existed, has ended, or is another user's. */
public class SessionNotFoundException extends RuntimeException {

    public SessionNotFoundException() {
        super("session not found");
    }
}
